import { mutationRoute, readRoute } from "@/lib/api/handle-route";
import { listRecords } from "@/lib/api/read-records";
import { db } from "@/lib/db/client";
import { createSource } from "@/lib/sources/create-source";
import type { TCreateSource } from "@/lib/sources/source-schemas";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const postHandler = mutationRoute(async ({ actor, body }) => createSource(db(), actor, (await body()) as TCreateSource), { creates: true });

const getHandler = readRoute(async ({ actor, request }) => listRecords(db(), actor, "source", new URL(request.url).searchParams));

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler, POST: postHandler });
