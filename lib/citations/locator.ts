// Where in a source the cited words are: page, paragraph, or a stretch of a recording.

export interface Locator {
  page: string | null;
  paragraph: number | null;
  startSeconds: number | null;
  endSeconds: number | null;
}

/** 187 → "03:07"; an hour or more → "1:02:03". */
export function formatTimestamp(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, "0");
  return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${String(minutes).padStart(2, "0")}:${rest}`;
}

/** "12:05–13:40" (or "12:05" without a later end), or null without a start. */
export function timeRange({ startSeconds, endSeconds }: Pick<Locator, "startSeconds" | "endSeconds">): string | null {
  if (startSeconds === null) return null;
  const start = formatTimestamp(startSeconds);
  return endSeconds !== null && endSeconds > startSeconds ? `${start}–${formatTimestamp(endSeconds)}` : start;
}

/** Each part of the locator in reading form: "p. 12", "pp. 12–14", "¶ 3", "12:05–13:40". */
export function locatorParts(locator: Locator): string[] {
  const parts: string[] = [];
  if (locator.page) {
    const page = locator.page.trim().replace(/\s*[-–]\s*/, "–");
    parts.push(`${page.includes("–") ? "pp." : "p."} ${page}`);
  }
  if (locator.paragraph !== null) parts.push(`¶ ${locator.paragraph}`);
  const time = timeRange(locator);
  if (time) parts.push(time);
  return parts;
}
