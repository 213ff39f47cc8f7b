import approxSearch from "approx-string-match";

// Anchors a citation's words in its source's stored text, in the manner of W3C/Hypothesis
// text-quote anchoring: the exact words are looked for after folding what an editor cannot
// be expected to type identically (whitespace and line breaks, full-width and half-width forms,
// the many kinds of quotation marks); when they are not there, an approximate match (Myers'
// bit-parallel algorithm, approx-string-match) is accepted within a small error budget and
// reported with its closeness. Positions are offsets in the stored text.

/** Share of the folded words that may differ in an approximate match (insertions, deletions, substitutions). */
const MAX_ERROR_RATE = 0.1;
/** Characters of context kept on each side when prefix and suffix are taken from the snapshot. */
const CONTEXT_LENGTH = 32;

const QUOTATION_MARKS = /["'“”„‟‘’‚‛「」『』﹁﹂﹃﹄«»‹›＂＇〝〞]/u;

interface Folded {
  text: string;
  /** For each folded UTF-16 unit, the offset in the original text where its character starts and ends. */
  starts: number[];
  ends: number[];
}

function foldChar(char: string): string {
  if (/\s/u.test(char)) return "";
  if (QUOTATION_MARKS.test(char)) return '"';
  return char.normalize("NFKC");
}

/** The text as compared: no whitespace, one quotation mark, full-width forms as half-width. */
export function foldForAnchoring(text: string): Folded {
  const folded: Folded = { text: "", starts: [], ends: [] };
  let offset = 0;
  for (const char of text) {
    const piece = foldChar(char);
    folded.text += piece;
    for (let i = 0; i < piece.length; i++) {
      folded.starts.push(offset);
      folded.ends.push(offset + char.length);
    }
    offset += char.length;
  }
  return folded;
}

export interface TextAnchor {
  start: number;
  end: number;
  /** 1 when the folded words are found as they are; less for an approximate match. */
  closeness: number;
  prefix: string;
  suffix: string;
}

export interface QuoteSelector {
  exact: string;
  prefix?: string | null;
  suffix?: string | null;
}

function contextScore(folded: Folded, start: number, end: number, prefix: string, suffix: string): number {
  let score = 0;
  const before = folded.text.slice(Math.max(0, start - prefix.length), start);
  const after = folded.text.slice(end, end + suffix.length);
  for (let i = 1; i <= Math.min(before.length, prefix.length) && before.at(-i) === prefix.at(-i); i++) score++;
  for (let i = 0; i < Math.min(after.length, suffix.length) && after[i] === suffix[i]; i++) score++;
  return score;
}

/** Where the selector's words are in `text`, or null when they are not there (even approximately). */
export function anchorQuote(text: string, selector: QuoteSelector): TextAnchor | null {
  const haystack = foldForAnchoring(text);
  const needle = foldForAnchoring(selector.exact).text;
  if (!needle || !haystack.text) return null;
  const prefix = foldForAnchoring(selector.prefix ?? "").text;
  const suffix = foldForAnchoring(selector.suffix ?? "").text;

  const candidates: { start: number; end: number; errors: number }[] = [];
  for (let at = haystack.text.indexOf(needle); at !== -1; at = haystack.text.indexOf(needle, at + 1)) {
    candidates.push({ start: at, end: at + needle.length, errors: 0 });
  }
  if (candidates.length === 0) {
    const maxErrors = Math.floor(needle.length * MAX_ERROR_RATE);
    if (maxErrors > 0) candidates.push(...approxSearch(haystack.text, needle, maxErrors));
  }
  if (candidates.length === 0) return null;
  const best = candidates.reduce((a, b) => {
    if (a.errors !== b.errors) return a.errors < b.errors ? a : b;
    return contextScore(haystack, b.start, b.end, prefix, suffix) > contextScore(haystack, a.start, a.end, prefix, suffix) ? b : a;
  });
  const start = haystack.starts[best.start]!;
  const end = haystack.ends[best.end - 1]!;
  return {
    start,
    end,
    closeness: Math.round((1 - best.errors / needle.length) * 1000) / 1000,
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}
