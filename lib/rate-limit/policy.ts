import "server-only";
import type { Env } from "../env";
import { isPrivatePath } from "../auth/security-headers";

// Which requests the read limit counts, and how many it allows.

export const READ_LIMIT_WINDOW_SECONDS = 60;

/**
 * 600 a minute per address, 10 a second sustained. The search page sends at most one request
 * per pause of its debounce (150 ms), so a reader typing without a break for a whole minute
 * sends at most 400; the rest is headroom for the page loads around it and for a few people
 * behind one address.
 */
export const DEFAULT_READS_PER_MINUTE = 600;

export interface ReadLimitPolicy {
  limit: number;
  windowSeconds: number;
}

/** The limit from CLAIMTRAIL_READ_LIMIT_PER_MINUTE; null when it is 0, which turns the limit off. */
export function readLimitPolicy(env: Pick<Env, "CLAIMTRAIL_READ_LIMIT_PER_MINUTE">): ReadLimitPolicy | null {
  const limit = env.CLAIMTRAIL_READ_LIMIT_PER_MINUTE ?? DEFAULT_READS_PER_MINUTE;
  return limit === 0 ? null : { limit, windowSeconds: READ_LIMIT_WINDOW_SECONDS };
}

/** Never counted: the health check, which monitors poll. */
const UNCOUNTED_PREFIXES = ["/api/health"];

/**
 * Reads are counted: GET and HEAD of the public pages, the search API and the other JSON
 * reads. Writes need an account and are authorised one by one; sign-in and the account pages
 * (the private paths) have the sign-in throttle.
 */
export function isCountedRead(method: string, pathname: string): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (isPrivatePath(pathname)) return false;
  return !UNCOUNTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
