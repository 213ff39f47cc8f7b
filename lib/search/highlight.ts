import type { HighlightSegment } from "./contract";
import { cachedTokens } from "./text";

/** Words kept around the first match when a text is long (Meilisearch crops to a window too). */
const CROP_WORDS = 40;
const ELLIPSIS = "…";

/**
 * Splits `text` into plain and matched segments. The segments are data, not HTML: the UI
 * renders them as text, so nothing from the index can inject markup.
 */
export function highlight(text: string, isMatch: (term: string) => boolean, cropWords = CROP_WORDS): HighlightSegment[] {
  const tokens = cachedTokens(text);
  let from = 0;
  let to = text.length;
  if (tokens.length > cropWords) {
    const first = Math.max(
      0,
      tokens.findIndex((token) => isMatch(token.term)),
    );
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
