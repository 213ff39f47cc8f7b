import type { Tx } from "../editing/record-kind";
import { invalidField } from "../editing/resolve";
import { anchorQuote, type QuoteSelector } from "./text-anchor";

// A citation of a source that has a stored text must quote words that are in it: the anchor is
// kept on the citation, and prefix and suffix are taken from the text when the editor left
// them out. Every path that writes a citation's words (API, form, importer) comes here.

export interface CitationAnchor {
  prefix: string | null;
  suffix: string | null;
  anchorStart: number | null;
  anchorEnd: number | null;
  anchorCloseness: number | null;
}

/** The citation's anchor in its source's snapshot; refuses words that are not there, naming `field`. */
export async function anchorCitationWords(tx: Tx, sourceId: number, selector: QuoteSelector, field: string): Promise<CitationAnchor> {
  const snapshot = await tx.sourceSnapshot.findUnique({ where: { sourceId }, select: { text: true } });
  const given = { prefix: selector.prefix ?? null, suffix: selector.suffix ?? null };
  if (!snapshot) return { ...given, anchorStart: null, anchorEnd: null, anchorCloseness: null };
  const anchor = anchorQuote(snapshot.text, selector);
  if (!anchor) throw invalidField(field, "is not in the source's stored text: give the words exactly as the source shows them");
  return {
    prefix: given.prefix ?? anchor.prefix,
    suffix: given.suffix ?? anchor.suffix,
    anchorStart: anchor.start,
    anchorEnd: anchor.end,
    anchorCloseness: anchor.closeness,
  };
}
