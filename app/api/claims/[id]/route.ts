import { mutationRoute, pathId } from "@/lib/api/handle-route";
import type { TUpdateClaim } from "@/lib/claims/claim-schemas";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export const PATCH = mutationRoute<{ id: string }>(async ({ actor, params, body }) => updateClaim(db(), actor, pathId(params.id), (await body()) as TUpdateClaim));
