import { createHash } from "node:crypto";
import { revokeUnsupportedVerification } from "../claims/verified-primary";
import type { SnapshotOrigin } from "../db/generated/enums";
import type { Tx } from "../editing/record-kind";
import { anchorQuote } from "./text-anchor";

// A source's stored text. Adding or replacing it re-anchors every live citation of the source:
// the anchor is derived from the citation's words and the text, so it is recomputed here rather
// than edited; citations whose words are no longer found lose their anchor and are listed to
// editors as unanchored (findUnanchoredCitations), and a claim verified against the primary
// through one of them is ranked down (revokeUnsupportedVerification).

export interface SnapshotInput {
  text: string;
  /** "YYYY-MM-DD": the day the text was captured. */
  capturedAt: string;
  origin: SnapshotOrigin;
}

export const contentHash = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * Stores the source's text (unchanged text is left alone) and re-anchors its citations, as a
 * change by `authorId` (null for system writes); returns the citations that no longer anchor
 * and the claims that lost their verification.
 */
export async function putSourceSnapshot(
  tx: Tx,
  authorId: number | null,
  sourceId: number,
  input: SnapshotInput,
): Promise<{ unanchoredCitationIds: number[]; unverifiedClaimIds: number[] }> {
  const hash = contentHash(input.text);
  const current = await tx.sourceSnapshot.findUnique({ where: { sourceId }, select: { contentHash: true } });
  if (current?.contentHash === hash) return { unanchoredCitationIds: [], unverifiedClaimIds: [] };
  const data = { text: input.text, capturedAt: new Date(`${input.capturedAt}T00:00:00Z`), contentHash: hash, origin: input.origin };
  await tx.sourceSnapshot.upsert({ where: { sourceId }, create: { sourceId, ...data }, update: data });
  const citations = await tx.citation.findMany({
    where: { sourceId, deprecatedAt: null },
    select: { id: true, exact: true, prefix: true, suffix: true, claimId: true, quote: { select: { claimId: true } } },
  });
  const unanchoredCitationIds: number[] = [];
  for (const citation of citations) {
    const anchor = anchorQuote(input.text, citation);
    if (!anchor) unanchoredCitationIds.push(citation.id);
    await tx.citation.update({
      where: { id: citation.id },
      data: anchor
        ? { anchorStart: anchor.start, anchorEnd: anchor.end, anchorCloseness: anchor.closeness }
        : { anchorStart: null, anchorEnd: null, anchorCloseness: null },
    });
  }
  const claimIds = citations.map((citation) => citation.claimId ?? citation.quote!.claimId);
  const unverifiedClaimIds = await revokeUnsupportedVerification(
    tx,
    authorId,
    claimIds,
    `the stored text of source ${sourceId} was replaced`,
  );
  return { unanchoredCitationIds, unverifiedClaimIds };
}

/** Live citations of sources with a stored text whose words are not found in it, for editors to fix. */
export async function findUnanchoredCitations(tx: Pick<Tx, "citation">) {
  return tx.citation.findMany({
    where: { deprecatedAt: null, anchorStart: null, source: { snapshot: { isNot: null } } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      exact: true,
      quote: { select: { claim: { select: { id: true, slug: true } } } },
      claim: { select: { id: true, slug: true } },
      source: { select: { id: true, title: true } },
    },
  });
}
