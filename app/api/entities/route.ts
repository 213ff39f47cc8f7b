import { mutationRoute } from "@/lib/api/handle-route";
import { db } from "@/lib/db/client";
import { createEntity } from "@/lib/entities/create-entity";
import type { TCreateEntity } from "@/lib/entities/entity-schemas";

export const dynamic = "force-dynamic";

export const POST = mutationRoute(async ({ actor, body }) => createEntity(db(), actor, (await body()) as TCreateEntity), { creates: true });
