// Where in a source a citation sits, in the words a reader would use to find it again.

export interface Locator {
  page: string | null;
  paragraph: number | null;
  startSeconds: number | null;
  endSeconds: number | null;
}

/** "12:05" or "1:02:03". */
export function formatTimestamp(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

/** "page 4, paragraph 3, 12:05–12:40", or null when the citation has no locator. */
export function formatLocator({ page, paragraph, startSeconds, endSeconds }: Locator): string | null {
  const parts: string[] = [];
  if (page) parts.push(`page ${page}`);
  if (paragraph !== null) parts.push(`paragraph ${paragraph}`);
  if (startSeconds !== null) {
    parts.push(endSeconds !== null && endSeconds > startSeconds ? `${formatTimestamp(startSeconds)}–${formatTimestamp(endSeconds)}` : `at ${formatTimestamp(startSeconds)}`);
  }
  return parts.length ? parts.join(", ") : null;
}
