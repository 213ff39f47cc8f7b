import { diffWording, type DiffSegment } from "../citations/wording-diff";

// What each hop of a relay chain did to the words: kept them, changed them (marked word by
// word, or character by character in Chinese), or translated them.

export interface Wording {
  text: string;
  lang: string;
  /** Found in Claimtrail's stored copy of the source; otherwise as an editor recorded it. */
  checked: boolean;
  /** A figure's measure: `text` is then a value ("Qwen 385.3 million"), not words. */
  measure?: string | null;
}

export type WordingChange =
  | { kind: "first" }
  | { kind: "unchanged" }
  | { kind: "changed"; segments: DiffSegment[]; against: "previous-hop" | "same-hop" }
  | { kind: "translated"; fromLang: string; from: Wording };

export interface ComparedWording extends Wording {
  change: WordingChange;
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

function compare(base: Wording | null, wording: Wording, against: "previous-hop" | "same-hop"): WordingChange {
  if (!base) return { kind: "first" };
  if (base.lang !== wording.lang) return { kind: "translated", fromLang: base.lang, from: base };
  if (normalise(base.text) === normalise(wording.text)) return { kind: "unchanged" };
  return { kind: "changed", segments: diffWording(normalise(base.text), normalise(wording.text)), against };
}

/**
 * Compares each hop's first wording with the last wording seen upstream, and any further
 * wording at the same hop (an outlet that words the quotation twice) with its first one.
 * Hops are ordered from the origin; a hop without wording keeps the previous reference.
 */
export function compareWordings(hops: Wording[][]): ComparedWording[][] {
  let reference: Wording | null = null;
  return hops.map((wordings) => {
    const compared = wordings.map((wording, index) => ({
      ...wording,
      change: index === 0 ? compare(reference, wording, "previous-hop") : compare(wordings[0]!, wording, "same-hop"),
    }));
    reference = wordings[0] ?? reference;
    return compared;
  });
}
