// The revision by which a claim lost its verification against the primary begins with these
// words (revokeUnsupportedVerification): the claim page says so beside the status, and the
// editors' list of flagged records lists the claim until an editor changes it again.

export const VERIFICATION_LOST = "Verification lost:";

/** Why the claim's verification was lost, when its newest revision is the one that took it away. */
export function verificationLostReason(
  claimId: number,
  revisions: { recordType: string; recordId: number; reason: string }[],
): string | null {
  const newest = revisions.find((revision) => revision.recordType === "claim" && revision.recordId === claimId);
  return newest?.reason.startsWith(VERIFICATION_LOST) ? newest.reason : null;
}
