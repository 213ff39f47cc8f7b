import "server-only";
import type { Actor } from "../auth/actor";
import { hasRole } from "../auth/actor";
import { clientAddress } from "../auth/client-address";
import { hasSessionCookie } from "../auth/security-headers";
import type { Db } from "../db/client";
import { logSecurityEvent } from "../log/security-log";
import { pruneIdleCounters } from "./counter";
import { isCountedRead, type ReadLimitPolicy } from "./policy";
import type { ReadCounts } from "./read-counts";
import { retryAfterSeconds, slidingCount } from "./sliding-window";

// The read limit: every anonymous read counted under its address in the shared counters
// (lib/rate-limit/read-counts.ts: a statement for an address's first read, then one a second
// for all of them). The limiter never takes a page down with it: when the counter cannot
// answer within its deadline (database down, pool exhausted) the request is let through and
// the failure logged, at most once every few seconds per process. A limiter that failed
// closed would turn an outage of the counter into an outage of every page.

/**
 * How long a read waits for its count before it goes through uncounted. Long enough that a
 * busy pool (the embedded database has one connection) still counts a flood, which is when
 * counting matters; short enough that a frozen database does not hold pages that need none.
 */
export const COUNT_DEADLINE_MS = 1_000;
/** How long the session or token of a request may take to read: the page reads it again anyway. */
const ACTOR_DEADLINE_MS = 2_000;
const FAILURE_LOG_INTERVAL_MS = 10_000;
const PRUNE_INTERVAL_MS = 60_000;

export interface ReadLimitRequest {
  method: string;
  pathname: string;
  /** As the HTTP server hands them on (lib/http/forwarding-at-server.ts): x-forwarded-for holds the client's address. */
  headers: Headers;
}

export interface ReadLimiter {
  db: () => Db;
  policy: ReadLimitPolicy | null;
  /** The process's counts of the policy's window. */
  counts: ReadCounts;
  /** Who presents the request's session cookie or API token; only asked when one is present. */
  actor: (headers: Headers) => Promise<Actor>;
}

const state = { lastFailureLog: 0, lastPrune: 0 };

/** Null when the read may go ahead, else the seconds the client should wait (Retry-After). */
export async function checkReadLimit(limiter: ReadLimiter, request: ReadLimitRequest): Promise<number | null> {
  const { policy } = limiter;
  if (!policy || !isCountedRead(request.method, request.pathname)) return null;
  if (await isEditor(limiter, request.headers)) return null;
  const address = clientAddress(request.headers);
  let counts;
  try {
    counts = await withDeadline(limiter.counts.count(`ip:${address}`), COUNT_DEADLINE_MS);
  } catch (error) {
    logCounterFailure(error);
    return null;
  }
  pruneNowAndThen(limiter);
  const seen = slidingCount(counts, policy.windowSeconds);
  if (seen <= policy.limit) return null;
  // Logged once, by the request that crossed the limit, not by every refused one after it.
  if (seen - 1 <= policy.limit)
    logSecurityEvent("rate_limit.exceeded", { address, path: request.pathname, limit: policy.limit, windowSeconds: policy.windowSeconds });
  return retryAfterSeconds(counts, policy.windowSeconds, policy.limit);
}

/** Editors and admins are never counted: their reads are the work of keeping the record. */
async function isEditor(limiter: ReadLimiter, headers: Headers): Promise<boolean> {
  if (!headers.has("authorization") && !hasSessionCookie(headers.get("cookie"))) return false;
  try {
    return hasRole(await withDeadline(limiter.actor(headers), ACTOR_DEADLINE_MS), "EDITOR");
  } catch {
    // A bad token or a session that cannot be read: counted as anyone else; the route refuses it.
    return false;
  }
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Logs that the counter failed, at most once every few seconds. */
export function logCounterFailure(error: unknown): void {
  const now = Date.now();
  if (now - state.lastFailureLog < FAILURE_LOG_INTERVAL_MS) return;
  state.lastFailureLog = now;
  logSecurityEvent("rate_limit.unavailable", {
    reason: error instanceof Error ? error.message : String(error),
    action: "reads let through uncounted",
  });
}

function pruneNowAndThen(limiter: ReadLimiter): void {
  const now = Date.now();
  if (now - state.lastPrune < PRUNE_INTERVAL_MS) return;
  state.lastPrune = now;
  pruneIdleCounters(limiter.db(), limiter.policy!.windowSeconds).catch((error) => logCounterFailure(error));
}
