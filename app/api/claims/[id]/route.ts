import { mutationRoute, pathId, readRoute } from "@/lib/api/handle-route";
import { readRecord } from "@/lib/api/read-records";
import type { TUpdateClaim } from "@/lib/claims/claim-schemas";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const patchHandler = mutationRoute<{ id: string }>(async ({ actor, params, body }) =>
  updateClaim(db(), actor, pathId(params.id), (await body()) as TUpdateClaim),
);

const getHandler = readRoute<{ id: string }>(async ({ actor, params }) => readRecord(db(), actor, "claim", params.id));

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler, PATCH: patchHandler });
