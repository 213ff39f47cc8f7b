// The sliding window counter (as Cloudflare and nginx's limit_req describe it): a fixed window's
// count plus the previous window's, weighted by how much of it still overlaps the last
// `windowSeconds`. Two integers per address, no list of timestamps, and no burst of twice the
// limit at a window's edge as a plain fixed window allows.

export interface WindowCounts {
  /** Requests counted in the current fixed window, this one included. */
  count: number;
  /** Requests counted in the window before it (0 when that one saw none). */
  previousCount: number;
  /** Seconds since the current window began, 0 ≤ elapsed < windowSeconds. */
  elapsedSeconds: number;
}

/** The requests of the last `windowSeconds`, as the sliding window estimates them. */
export function slidingCount(counts: WindowCounts, windowSeconds: number): number {
  const overlap = Math.max(0, 1 - counts.elapsedSeconds / windowSeconds);
  return counts.previousCount * overlap + counts.count;
}

/**
 * Whole seconds until a client that stops now is let through again: until the estimate falls
 * to `limit` (a request is allowed while the estimate, itself included, is at most `limit`).
 */
export function retryAfterSeconds(counts: WindowCounts, windowSeconds: number, limit: number): number {
  const { count, previousCount, elapsedSeconds } = counts;
  // One more request must fit: previous·(1 − t/W) + count + 1 ≤ limit.
  const room = limit - 1;
  let wait: number;
  if (count <= room) {
    // Within this window, once enough of the previous one has slid out.
    wait = previousCount > 0 ? windowSeconds * (1 - (room - count) / previousCount) - elapsedSeconds : 0;
  } else {
    // In the next window, where this window's count is the one sliding out.
    wait = windowSeconds - elapsedSeconds + windowSeconds * (1 - room / count);
  }
  return Math.max(1, Math.ceil(wait));
}
