import { mutationRoute } from "@/lib/api/handle-route";
import type { TCreateClaim } from "@/lib/claims/claim-schemas";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export const POST = mutationRoute(async ({ actor, body }) => createClaim(db(), actor, (await body()) as TCreateClaim), { creates: true });
