import type { Tx } from "../editing/record-kind";
import { invalidField } from "../editing/resolve";

// "Verified against the primary" is a statement about stored text: a primary citation of the
// claim (or of one of its live quotes) is anchored in its source's snapshot. Without one the
// status cannot be set, whichever path sets it (API, form, importer, restore); when a later
// change takes it away, verified-primary.ts ranks the claim down.

const live = { deprecatedAt: null };

export async function hasAnchoredPrimary(tx: Tx, claimId: number): Promise<boolean> {
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
