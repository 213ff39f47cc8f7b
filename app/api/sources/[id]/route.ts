import { mutationRoute, pathId } from "@/lib/api/handle-route";
import { db } from "@/lib/db/client";
import type { TUpdateSource } from "@/lib/sources/source-schemas";
import { updateSource } from "@/lib/sources/update-source";

export const dynamic = "force-dynamic";

export const PATCH = mutationRoute<{ id: string }>(async ({ actor, params, body }) => updateSource(db(), actor, pathId(params.id), (await body()) as TUpdateSource));
