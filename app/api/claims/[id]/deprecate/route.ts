import { mutationRoute, pathId } from "@/lib/api/handle-route";
import { db } from "@/lib/db/client";
import { deprecateRecord } from "@/lib/editing/deprecate-record";
import type { TDeprecate } from "@/lib/editing/schema-parts";

export const dynamic = "force-dynamic";

export const POST = mutationRoute<{ id: string }>(async ({ actor, params, body }) => deprecateRecord(db(), actor, "claim", pathId(params.id), (await body()) as TDeprecate));
