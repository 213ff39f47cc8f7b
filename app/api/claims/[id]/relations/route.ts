import { mutationRoute, pathId } from "@/lib/api/handle-route";
import type { TLinkClaims } from "@/lib/claims/claim-schemas";
import { linkClaims } from "@/lib/claims/link-claims";
import { db } from "@/lib/db/client";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const postHandler = mutationRoute<{ id: string }>(
  async ({ actor, params, body }) => linkClaims(db(), actor, pathId(params.id), (await body()) as TLinkClaims),
  { creates: true },
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ POST: postHandler });
