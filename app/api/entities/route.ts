import { mutationRoute, readRoute } from "@/lib/api/handle-route";
import { listRecords } from "@/lib/api/read-records";
import { db } from "@/lib/db/client";
import { createEntity } from "@/lib/entities/create-entity";
import type { TCreateEntity } from "@/lib/entities/entity-schemas";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const postHandler = mutationRoute(async ({ actor, body }) => createEntity(db(), actor, (await body()) as TCreateEntity), { creates: true });

const getHandler = readRoute(async ({ actor, request }) => listRecords(db(), actor, "entity", new URL(request.url).searchParams));

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler, POST: postHandler });
