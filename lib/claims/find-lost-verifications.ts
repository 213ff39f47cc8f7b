import "server-only";
import type { Db } from "../db/client";
import { VERIFICATION_LOST } from "./verification-lost";

/** Claims left as the change that took their verification against the primary away left them, for editors to check again. */
export async function findLostVerifications(db: Db) {
  const revisions = await db.revision.findMany({
    where: { recordType: "claim", reason: { startsWith: VERIFICATION_LOST } },
    orderBy: { id: "desc" },
    select: { recordId: true, version: true, reason: true, createdAt: true },
  });
  const claims = await db.claim.findMany({
    where: { id: { in: revisions.map((revision) => revision.recordId) } },
    select: { id: true, slug: true, version: true, statements: { select: { lang: true, text: true }, orderBy: { lang: "asc" } } },
  });
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return revisions.flatMap((revision) => {
    const claim = byId.get(revision.recordId);
    // A later edit of the claim means an editor has looked at it since.
    return claim && claim.version === revision.version ? [{ claim, reason: revision.reason, at: revision.createdAt }] : [];
  });
}
