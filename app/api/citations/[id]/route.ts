import { mutationRoute, pathId, readRoute } from "@/lib/api/handle-route";
import { readRecord } from "@/lib/api/read-records";
import type { TUpdateCitation } from "@/lib/citations/citation-schemas";
import { updateCitation } from "@/lib/citations/update-citation";
import { db } from "@/lib/db/client";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const patchHandler = mutationRoute<{ id: string }>(async ({ actor, params, body }) =>
  updateCitation(db(), actor, pathId(params.id), (await body()) as TUpdateCitation),
);

const getHandler = readRoute<{ id: string }>(async ({ actor, params }) => readRecord(db(), actor, "citation", params.id));

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler, PATCH: patchHandler });
