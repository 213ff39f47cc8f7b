import "server-only";
import { actorFromHeaders } from "../auth/actor-from-headers";
import { getAuth } from "../auth/auth";
import { db } from "../db/client";
import type { Env } from "../env";
import { logCounterFailure, type ReadLimiter } from "./limiter";
import { READ_LIMIT_WINDOW_SECONDS, readLimitPolicy } from "./policy";
import { ReadCounts } from "./read-counts";

const holder = globalThis as unknown as { claimtrailReadCounts?: ReadCounts };

/** The process's read counts: one per process, whose pending reads every request adds to. */
export function appReadCounts(): ReadCounts {
  holder.claimtrailReadCounts ??= new ReadCounts(db, READ_LIMIT_WINDOW_SECONDS, { onFlushError: logCounterFailure });
  return holder.claimtrailReadCounts;
}

/** The read limiter of the running app: its database, its sessions and tokens, its settings. */
export function appReadLimiter(env: Env): ReadLimiter {
  return {
    db,
    policy: readLimitPolicy(env),
    counts: appReadCounts(),
    actor: async (headers) => actorFromHeaders(await getAuth(), db(), headers),
  };
}
