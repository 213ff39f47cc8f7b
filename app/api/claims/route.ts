import { mutationRoute, readRoute } from "@/lib/api/handle-route";
import { listRecords } from "@/lib/api/read-records";
import type { TCreateClaim } from "@/lib/claims/claim-schemas";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db/client";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const postHandler = mutationRoute(async ({ actor, body }) => createClaim(db(), actor, (await body()) as TCreateClaim), { creates: true });

const getHandler = readRoute(async ({ actor, request }) => listRecords(db(), actor, "claim", new URL(request.url).searchParams));

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler, POST: postHandler });
