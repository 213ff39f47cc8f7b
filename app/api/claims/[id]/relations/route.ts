import { mutationRoute, pathId } from "@/lib/api/handle-route";
import type { TLinkClaims } from "@/lib/claims/claim-schemas";
import { linkClaims } from "@/lib/claims/link-claims";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export const POST = mutationRoute<{ id: string }>(
  async ({ actor, params, body }) => linkClaims(db(), actor, pathId(params.id), (await body()) as TLinkClaims),
  { creates: true },
);
