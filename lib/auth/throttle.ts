import "server-only";
import type { Db } from "../db/client";
import { THROTTLE_POLICY } from "./policy";

// Sign-in throttling with its counters in the database, so every app process shares them.
// Only failures count; a locked key is refused before its password is checked, so a lock
// gives nothing away and costs the server no hashing.

export type ThrottleScope = keyof typeof THROTTLE_POLICY;

export interface SignInLock {
  scope: ThrottleScope;
  retryAfterSeconds: number;
}

function throttleKeys(email: string, address: string): Record<ThrottleScope, string> {
  return { email: `email:${email.trim().toLowerCase()}`, ip: `ip:${address}` };
}

/** The lock that ends last among the email's and the address's, or null when neither is locked. */
export async function findSignInLock(db: Db, email: string, address: string): Promise<SignInLock | null> {
  const keys = throttleKeys(email, address);
  const rows = await db.$queryRaw<{ key: string; seconds: number }[]>`
    SELECT key, ceil(extract(epoch FROM locked_until - now()))::int AS seconds
      FROM sign_in_throttles
     WHERE key IN (${keys.email}, ${keys.ip}) AND locked_until > now()
     ORDER BY locked_until DESC LIMIT 1`;
  const row = rows[0];
  if (!row) return null;
  return { scope: row.key === keys.email ? "email" : "ip", retryAfterSeconds: Math.max(1, row.seconds) };
}

/**
 * Counts one failure against the email and the address. A window that has run out starts
 * again at 1; reaching the limit locks the key. One statement per key, so concurrent
 * failures cannot lose a count.
 */
export async function recordSignInFailure(db: Db, email: string, address: string): Promise<void> {
  const keys = throttleKeys(email, address);
  for (const scope of ["email", "ip"] as const) {
    const { maxFailures, windowSeconds, lockSeconds } = THROTTLE_POLICY[scope];
    await db.$executeRaw`
      INSERT INTO sign_in_throttles AS t (key, failures, window_started_at, locked_until)
      VALUES (${keys[scope]}, 1, now(), CASE WHEN ${maxFailures}::int <= 1 THEN now() + ${lockSeconds}::int * interval '1 second' END)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN t.window_started_at <= now() - ${windowSeconds}::int * interval '1 second' THEN 1 ELSE t.failures + 1 END,
        window_started_at = CASE WHEN t.window_started_at <= now() - ${windowSeconds}::int * interval '1 second' THEN now() ELSE t.window_started_at END,
        locked_until = CASE
          WHEN t.window_started_at > now() - ${windowSeconds}::int * interval '1 second' AND t.failures + 1 >= ${maxFailures}::int
            THEN now() + ${lockSeconds}::int * interval '1 second'
          ELSE t.locked_until END`;
  }
  // Keys idle for a day hold nothing worth keeping.
  await db.$executeRaw`
    DELETE FROM sign_in_throttles
     WHERE window_started_at < now() - interval '1 day' AND (locked_until IS NULL OR locked_until < now())`;
}

/** A successful sign-in forgets the account's failures (not the address's: one good account must not reset it). */
export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: throttleKeys(email, "").email } });
}

export function throttledMessage(lock: SignInLock): string {
  const minutes = Math.ceil(lock.retryAfterSeconds / 60);
  const wait = minutes <= 1 ? "a minute" : `${minutes} minutes`;
  return lock.scope === "email"
    ? `Too many failed sign-in attempts for this account. Try again in ${wait}.`
    : `Too many failed sign-in attempts from your network. Try again in ${wait}.`;
}
