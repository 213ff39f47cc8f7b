import { mutationRoute, pathId } from "@/lib/api/handle-route";
import { db } from "@/lib/db/client";
import type { TUpdateEntity } from "@/lib/entities/entity-schemas";
import { updateEntity } from "@/lib/entities/update-entity";

export const dynamic = "force-dynamic";

export const PATCH = mutationRoute<{ id: string }>(async ({ actor, params, body }) => updateEntity(db(), actor, pathId(params.id), (await body()) as TUpdateEntity));
