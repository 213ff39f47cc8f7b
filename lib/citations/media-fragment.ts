import type { Locator } from "./locator";
import { textFragmentUrl, type TextQuote } from "./text-fragment";

// A citation of a stretch of a recording opens the recording there, with a W3C Media Fragment
// (https://www.w3.org/TR/media-frags/#naming-time): #t=start,end in seconds. Players that
// ignore it start at the beginning.

type TimeRange = Pick<Locator, "startSeconds" | "endSeconds">;

/** `t=187,240` (or `t=187` without an end after the start), or null without a start. */
export function mediaFragment({ startSeconds, endSeconds }: TimeRange): string | null {
  if (startSeconds === null) return null;
  return endSeconds !== null && endSeconds > startSeconds ? `t=${startSeconds},${endSeconds}` : `t=${startSeconds}`;
}

/** `url` opening at the citation: at its time range in a recording, else at its words. */
export function citationUrl(url: string, citation: TimeRange & TextQuote): string {
  const fragment = mediaFragment(citation);
  if (!fragment) return textFragmentUrl(url, citation);
  const hash = url.indexOf("#");
  return `${hash < 0 ? url : url.slice(0, hash)}#${fragment}`;
}
