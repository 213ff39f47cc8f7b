// How one outlet's wording of a quotation differs from another's: a longest-common-subsequence
// diff over words, or over characters for scripts written without spaces (Chinese), so that
// "中國將贏得人工智能（AI）競賽" against "中國將贏得人工智能競賽。" marks "（AI）" and "。" only.

export type DiffKind = "same" | "added" | "removed";

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

// One token per Han / kana / Hangul character, per run of letters or digits (with inner
// apostrophes and hyphens: "It's", "Qwen3-Coder"), per run of spaces, per other character.
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\s+|[^\s]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Past this many token pairs the table is not worth building: the wording is shown as replaced. */
const MAX_CELLS = 250_000;

function push(segments: DiffSegment[], kind: DiffKind, text: string): void {
  const last = segments[segments.length - 1];
  if (last && last.kind === kind) last.text += text;
  else segments.push({ kind, text });
}

/** The segments that turn `before` into `after`: kept, added and removed text, in reading order. */
export function diffWording(before: string, after: string): DiffSegment[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const segments: DiffSegment[] = [];
  if (a.length * b.length > MAX_CELLS) {
    if (before) push(segments, "removed", before);
    if (after) push(segments, "added", after);
    return segments;
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(segments, "same", a[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) {
      push(segments, "removed", a[i++]!);
    } else {
      push(segments, "added", b[j++]!);
    }
  }
  while (i < a.length) push(segments, "removed", a[i++]!);
  while (j < b.length) push(segments, "added", b[j++]!);
  return segments;
}
