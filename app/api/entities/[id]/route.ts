import { mutationRoute, pathId, readRoute } from "@/lib/api/handle-route";
import { readRecord } from "@/lib/api/read-records";
import { db } from "@/lib/db/client";
import type { TUpdateEntity } from "@/lib/entities/entity-schemas";
import { updateEntity } from "@/lib/entities/update-entity";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const patchHandler = mutationRoute<{ id: string }>(async ({ actor, params, body }) =>
  updateEntity(db(), actor, pathId(params.id), (await body()) as TUpdateEntity),
);

const getHandler = readRoute<{ id: string }>(async ({ actor, params }) => readRecord(db(), actor, "entity", params.id));

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler, PATCH: patchHandler });
