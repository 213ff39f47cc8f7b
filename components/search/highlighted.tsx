import { Fragment } from "react";
import type { HighlightSegment } from "@/lib/search/contract";

/**
 * Matched words as <mark>, from the engine's segments; always text, never markup. Touching
 * matches (通義 + 千 + 問) read as one mark.
 */
export function Highlighted({ segments }: { segments: HighlightSegment[] }) {
  const joined: HighlightSegment[] = [];
  for (const segment of segments) {
    const last = joined.at(-1);
    if (last && last.match === segment.match) last.value += segment.value;
    else joined.push({ ...segment });
  }
  return joined.map((segment, i) => (segment.match ? <mark key={i}>{segment.value}</mark> : <Fragment key={i}>{segment.value}</Fragment>));
}
