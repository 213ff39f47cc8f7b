import { hasRole, type Actor } from "../auth/actor";
import type { Prisma } from "../db/generated/client";

// "Published unless an editor asks", as a where: every read puts it in its query (for a
// quote, citation or relation, on the claims it belongs to), so a draft is never loaded for
// a reader in the first place.

export const PUBLISHED_CLAIM = { state: "PUBLISHED" } satisfies Prisma.ClaimWhereInput;

/** The claims `actor` may read: every claim for an editor, the published ones for anyone else. */
export function readableClaims(actor: Actor): Prisma.ClaimWhereInput {
  return hasRole(actor, "EDITOR") ? {} : PUBLISHED_CLAIM;
}
