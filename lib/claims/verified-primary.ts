import { claimKind } from "./claim-record";
import type { EditAction, Tx } from "../editing/record-kind";
import { writeEdit } from "../editing/write-edit";
import { hasAnchoredPrimary } from "./anchored-primary";
import type { RevisionedRecordType } from "../revisions/record-revision";
import { VERIFICATION_LOST } from "./verification-lost";

// "Verified against the primary" is a statement about stored text: a primary citation of the
// claim (or of one of its live quotes) is anchored in its source's snapshot. Without one the
// status cannot be set, whichever path sets it (API, form, importer, restore). When a later
// change takes the last such citation away (deprecated, made a relay, moved to a source
// without a stored text, its quote deprecated, its source's text replaced), the claim is
// ranked down to SOURCED_UNVERIFIED in the same transaction, by a revision saying why: readers,
// cards, facets and JSON-LD never show a verification that the record no longer supports.

/** The status a claim falls back to when its verification is lost: it is still cited. */
const STATUS_WITHOUT_VERIFICATION = "SOURCED_UNVERIFIED" as const;

/**
 * Ranks down every VERIFIED_PRIMARY claim of `claimIds` left without an anchored primary
 * citation, each by a revision of `authorId` (null for system writes) whose reason names `cause`.
 * Returns the ids ranked down.
 */
export async function revokeUnsupportedVerification(tx: Tx, authorId: number | null, claimIds: number[], cause: string): Promise<number[]> {
  const claims = await tx.claim.findMany({
    where: { id: { in: [...new Set(claimIds)] }, status: "VERIFIED_PRIMARY" },
    select: { id: true, version: true },
    orderBy: { id: "asc" },
  });
  const revoked: number[] = [];
  for (const claim of claims) {
    if (await hasAnchoredPrimary(tx, claim.id)) continue;
    const reason = `${VERIFICATION_LOST} no primary citation of this claim is found in its source's stored text any more, since ${cause}.`;
    await writeEdit(tx, authorId, claimKind, claim.id, { version: claim.version, reason, action: "UPDATE" }, (current) => ({
      ...current,
      status: STATUS_WITHOUT_VERIFICATION,
    }));
    revoked.push(claim.id);
  }
  return revoked;
}

const DONE: Record<EditAction, string> = {
  UPDATE: "changed",
  DEPRECATE: "deprecated",
  RESTORE: "restored to an earlier revision",
};

/** After an edit of a quote or citation of the claim: it stays verified only if a primary citation is still anchored. */
export async function keepVerificationAfterEdit(
  tx: Tx,
  authorId: number,
  claimId: number,
  edited: { type: RevisionedRecordType; id: number; action: EditAction },
): Promise<void> {
  await revokeUnsupportedVerification(tx, authorId, [claimId], `${edited.type} ${edited.id} was ${DONE[edited.action]}`);
}
