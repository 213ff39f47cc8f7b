import { mutationRoute } from "@/lib/api/handle-route";
import { db } from "@/lib/db/client";
import { createSource } from "@/lib/sources/create-source";
import type { TCreateSource } from "@/lib/sources/source-schemas";

export const dynamic = "force-dynamic";

export const POST = mutationRoute(async ({ actor, body }) => createSource(db(), actor, (await body()) as TCreateSource), { creates: true });
