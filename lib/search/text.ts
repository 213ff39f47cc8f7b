import { Converter } from "opencc-js/t2cn";

// One normalisation for both sides of every engine: width and case folded, accents dropped,
// Traditional folded to Simplified (so 競 and 竞 are one letter), then cut into words by
// Intl.Segmenter. Engines only ever see these terms, so they cannot disagree about Chinese.

const toSimplified = Converter({ from: "t", to: "cn" });
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

export interface Token {
  /** The normalised word. */
  term: string;
  /** Offsets of the word in the original text. */
  start: number;
  end: number;
}

const CJK = /\p{Script=Han}/u;

export function isCjk(term: string): boolean {
  return CJK.test(term);
}

/** Folds a string and keeps, for each folded character, the index of its source character. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  for (let index = 0; index < text.length;) {
    const codePoint = text.codePointAt(index)!;
    // ASCII has nothing to decompose: lower case is its whole folding (most text, and fast).
    if (codePoint < 0x80) {
      folded += codePoint >= 0x41 && codePoint <= 0x5a ? String.fromCharCode(codePoint + 0x20) : text[index]!;
      origin.push(index);
      index += 1;
      continue;
    }
    const char = String.fromCodePoint(codePoint);
    const simple = char.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
    for (const unit of simple) {
      folded += unit;
      for (let i = 0; i < unit.length; i++) origin.push(index);
    }
    index += char.length;
  }
  // Only Chinese letters have a Simplified form to fold to.
  if (!CJK.test(folded)) return { folded, origin };
  // Traditional to Simplified is one character for one almost everywhere; where a phrase
  // rule changes the length, convert letter by letter so offsets stay true.
  const simplified = toSimplified(folded);
  if (simplified.length === folded.length) return { folded: simplified, origin };
  return { folded: Array.from(folded, (char) => toSimplified(char)).join(""), origin };
}

export function tokenize(text: string): Token[] {
  const { folded, origin } = fold(text);
  const tokens: Token[] = [];
  for (const part of segmenter.segment(folded)) {
    if (!part.isWordLike) continue;
    // The segmenter keeps "chesky's" and "we're" whole; a reader searching "chesky" means both.
    for (const piece of part.segment.matchAll(/[^'\u2018\u2019]+/g)) {
      const first = part.index + piece.index;
      const endSource = origin[first + piece[0].length - 1]!;
      const end = endSource + (text.codePointAt(endSource)! > 0xffff ? 2 : 1);
      tokens.push({ term: piece[0], start: origin[first]!, end });
    }
  }
  return tokens;
}

/**
 * The words of texts tokenised lately. Every search highlights every field of its hits, the
 * same documents come back search after search, and a speaker's quotes are compared with each
 * new one: segmenting them again (Intl.Segmenter, Unicode folding) was most of a search
 * request's CPU. Bounded; the oldest entry goes first.
 */
const TOKEN_CACHE_SIZE = 5_000;
const tokenCache = new Map<string, readonly Token[]>();

export function cachedTokens(text: string): readonly Token[] {
  const known = tokenCache.get(text);
  if (known) return known;
  const tokens = tokenize(text);
  if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.delete(tokenCache.keys().next().value!);
  tokenCache.set(text, tokens);
  return tokens;
}

export function terms(text: string): string[] {
  return tokenize(text).map((token) => token.term);
}

/** The normalised form engines index: terms joined by single spaces. */
export function normalizeText(text: string): string {
  return terms(text).join(" ");
}

/** Meilisearch's typo budget: none under 5 letters, one from 5, two from 9; none for Chinese. */
export function allowedTypos(term: string): number {
  if (isCjk(term)) return 0;
  const length = [...term].length;
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** Optimal string alignment distance: a swap of two neighbouring letters counts as one. */
export function typoDistance(a: string, b: string, max: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i, ...Array<number>(y.length).fill(0)]);
  for (let j = 0; j <= y.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= x.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[x.length]![y.length]!;
}
