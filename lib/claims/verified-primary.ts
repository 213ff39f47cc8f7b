import type { RevisionAction } from "../db/generated/client";
import { claimKind, type ClaimSnapshot } from "../editing/records/claim";
import type { CitationSnapshot } from "../editing/records/citation";
import type { Tx, VersionedSnapshot } from "../editing/records/kind";
import type { QuoteSnapshot } from "../editing/records/quote";
import { invalidField } from "../editing/resolve";
import { writeEdit } from "../editing/write-edit";
import type { RevisionedRecordType } from "../revisions/record-revision";
import { VERIFICATION_LOST } from "./verification-lost";

// "Verified against the primary" is a statement about stored text: a primary citation of the
// claim (or of one of its live quotes) is anchored in its source's snapshot. Without one the
// status cannot be set, whichever path sets it (API, form, importer, restore). When a later
// change takes the last such citation away (deprecated, made a relay, moved to a source
// without a stored text, its quote deprecated, its source's text replaced), the claim is
// ranked down to SOURCED_UNVERIFIED in the same transaction, by a revision saying why: readers,
// cards, facets and JSON-LD never show a verification that the record no longer supports.

const live = { deprecatedAt: null };

/** The status a claim falls back to when its verification is lost: it is still cited. */
const STATUS_WITHOUT_VERIFICATION = "SOURCED_UNVERIFIED" as const;

async function hasAnchoredPrimary(tx: Tx, claimId: number): Promise<boolean> {
  const anchored = await tx.citation.count({
    where: { ...live, role: "PRIMARY", anchorCloseness: { not: null }, OR: [{ claimId }, { quote: { claimId, ...live } }] },
  });
  return anchored > 0;
}

/** Refuses VERIFIED_PRIMARY, naming `field`, unless a live primary citation of the claim is anchored. */
export async function requireAnchoredPrimary(tx: Tx, claimId: number, status: string, field: string): Promise<void> {
  if (status !== "VERIFIED_PRIMARY" || (await hasAnchoredPrimary(tx, claimId))) return;
  throw invalidField(
    field,
    "can be VERIFIED_PRIMARY only when a primary citation is found in its source's stored text: add the source's text, or cite the primary's words as it shows them",
  );
}

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

const DONE: Record<Exclude<RevisionAction, "CREATE">, string> = {
  UPDATE: "changed",
  DEPRECATE: "deprecated",
  RESTORE: "restored to an earlier revision",
};

/** After an edit of any record: the claim it touches is verified against the primary only if a primary citation is anchored. */
export async function keepVerificationTrue(
  tx: Tx,
  authorId: number,
  type: RevisionedRecordType,
  before: VersionedSnapshot,
  after: VersionedSnapshot,
  action: Exclude<RevisionAction, "CREATE">,
): Promise<void> {
  if (type === "claim") {
    const [was, is] = [before as ClaimSnapshot, after as ClaimSnapshot];
    if (is.status !== was.status) await requireAnchoredPrimary(tx, is.id, is.status, "status");
    return;
  }
  let claimId: number | null = null;
  if (type === "quote") claimId = (after as QuoteSnapshot).claimId;
  if (type === "citation") {
    const citation = after as CitationSnapshot;
    claimId =
      citation.claimId ?? (await tx.quote.findUniqueOrThrow({ where: { id: citation.quoteId! }, select: { claimId: true } })).claimId;
  }
  if (claimId !== null) await revokeUnsupportedVerification(tx, authorId, [claimId], `${type} ${after.id} was ${DONE[action]}`);
}
