import { mutationRoute, pathId, readRoute } from "@/lib/api/handle-route";
import { readRecord } from "@/lib/api/read-records";
import { db } from "@/lib/db/client";
import type { TUpdateSource } from "@/lib/sources/source-schemas";
import { updateSource } from "@/lib/sources/update-source";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const patchHandler = mutationRoute<{ id: string }>(async ({ actor, params, body }) =>
  updateSource(db(), actor, pathId(params.id), (await body()) as TUpdateSource),
);

const getHandler = readRoute<{ id: string }>(async ({ actor, params }) => readRecord(db(), actor, "source", params.id));

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler, PATCH: patchHandler });
