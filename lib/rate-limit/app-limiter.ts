import "server-only";
import { actorFromHeaders } from "../auth/actor-from-headers";
import { getAuth } from "../auth/auth";
import { db } from "../db/client";
import type { Env } from "../env";
import type { ReadLimiter } from "./limiter";
import { readLimitPolicy } from "./policy";

/** The read limiter of the running app: its database, its sessions and tokens, its settings. */
export function appReadLimiter(env: Env): ReadLimiter {
  return { db, policy: readLimitPolicy(env), actor: async (headers) => actorFromHeaders(await getAuth(), db(), headers) };
}
