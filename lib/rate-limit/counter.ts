import "server-only";
import type { Db } from "../db/client";
import type { WindowCounts } from "./sliding-window";

// The counters in Postgres, so every app process shares them and a restart forgets nothing.

/**
 * Counts one request for `key` and returns its window's counts, in one statement: the row is
 * locked for the update, so concurrent requests from one address each see their own count and
 * none is lost (no read-then-write). Windows are aligned to the database's clock, the one clock
 * every instance shares. A row whose window has passed carries its count over as the
 * previous one, or 0 when a whole window went by without requests.
 */
export async function countRequest(db: Db, key: string, windowSeconds: number): Promise<WindowCounts> {
  const rows = await db.$queryRaw<{ count: number; previous_count: number; elapsed_seconds: number }[]>`
    INSERT INTO read_rate_limits AS c (key, window_started_at, count, previous_count)
    VALUES (${key}, to_timestamp(floor(extract(epoch FROM now())::float8 / ${windowSeconds}::int) * ${windowSeconds}::int), 1, 0)
    ON CONFLICT (key) DO UPDATE SET
      previous_count = CASE
        WHEN c.window_started_at = excluded.window_started_at THEN c.previous_count
        WHEN c.window_started_at = excluded.window_started_at - ${windowSeconds}::int * interval '1 second' THEN c.count
        ELSE 0 END,
      count = CASE WHEN c.window_started_at = excluded.window_started_at THEN c.count + 1 ELSE 1 END,
      window_started_at = excluded.window_started_at
    RETURNING count, previous_count, extract(epoch FROM now() - window_started_at)::float8 AS elapsed_seconds`;
  const row = rows[0]!;
  return { count: row.count, previousCount: row.previous_count, elapsedSeconds: row.elapsed_seconds };
}

/** Forgets addresses idle for two windows: their counts no longer weigh on anything. */
export async function pruneIdleCounters(db: Db, windowSeconds: number): Promise<number> {
  return db.$executeRaw`
    DELETE FROM read_rate_limits WHERE window_started_at < now() - ${2 * windowSeconds}::int * interval '1 second'`;
}
