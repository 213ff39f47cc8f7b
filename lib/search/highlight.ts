import type { HighlightSegment } from "./contract";
import { tokenize, type Token } from "./text";

/** Words kept around the first match when a text is long (Meilisearch crops to a window too). */
const CROP_WORDS = 40;
const ELLIPSIS = "…";

/**
 * The words of texts highlighted lately. Every search highlights every field of its hits,
 * and the same documents come back search after search: segmenting them again (Intl.Segmenter,
 * Unicode folding) was most of a search request's CPU. Bounded; the oldest entry goes first.
 */
const TOKEN_CACHE_SIZE = 5_000;
const tokenCache = new Map<string, readonly Token[]>();

function cachedTokens(text: string): readonly Token[] {
  const known = tokenCache.get(text);
  if (known) return known;
  const tokens = tokenize(text);
  if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.delete(tokenCache.keys().next().value!);
  tokenCache.set(text, tokens);
  return tokens;
}

/**
 * Splits `text` into plain and matched segments. The segments are data, not HTML: the UI
 * renders them as text, so nothing from the index can inject markup.
 */
export function highlight(text: string, isMatch: (term: string) => boolean, cropWords = CROP_WORDS): HighlightSegment[] {
  const tokens = cachedTokens(text);
  let from = 0;
  let to = text.length;
  if (tokens.length > cropWords) {
    const first = Math.max(0, tokens.findIndex((token) => isMatch(token.term)));
    const startToken = Math.max(0, Math.min(first - Math.floor(cropWords / 4), tokens.length - cropWords));
    from = startToken === 0 ? 0 : tokens[startToken]!.start;
    const endToken = startToken + cropWords - 1;
    to = endToken >= tokens.length - 1 ? text.length : tokens[endToken]!.end;
  }
  const segments: HighlightSegment[] = [];
  const push = (value: string, match: boolean) => {
    if (!value) return;
    const previous = segments.at(-1);
    if (previous && previous.match === match && !match) previous.value += value;
    else segments.push({ value, match });
  };
  if (from > 0) push(ELLIPSIS, false);
  let cursor = from;
  for (const token of tokens) {
    if (token.start < from || token.end > to || !isMatch(token.term)) continue;
    push(text.slice(cursor, token.start), false);
    push(text.slice(token.start, token.end), true);
    cursor = token.end;
  }
  push(text.slice(cursor, to), false);
  if (to < text.length) push(ELLIPSIS, false);
  return segments;
}
