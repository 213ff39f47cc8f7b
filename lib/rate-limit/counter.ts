import "server-only";
import type { Db } from "../db/client";
import type { WindowCounts } from "./sliding-window";

// The counters in Postgres, so every app process shares them and a restart forgets nothing.

/**
 * Adds `n` requests to each key's counter and returns each key's window counts, in one
 * statement for all of them: each row is locked for its update, so concurrent writers (other
 * requests, other instances) each add their own and none is lost (no read-then-write).
 * Windows are aligned to the database's clock, the one clock every instance shares. A row
 * whose window has passed carries its count over as the previous one, or 0 when a whole
 * window went by without requests.
 */
export async function addToCounters(
  db: Db,
  increments: ReadonlyMap<string, number>,
  windowSeconds: number,
): Promise<Map<string, WindowCounts>> {
  const rows = await db.$queryRaw<{ key: string; count: number; previous_count: number; elapsed_seconds: number }[]>`
    INSERT INTO read_rate_limits AS c (key, window_started_at, count, previous_count)
    SELECT key, to_timestamp(floor(extract(epoch FROM now())::float8 / ${windowSeconds}::int) * ${windowSeconds}::int), n, 0
    FROM unnest(${[...increments.keys()]}::text[], ${[...increments.values()]}::int[]) AS added(key, n)
    ON CONFLICT (key) DO UPDATE SET
      previous_count = CASE
        WHEN c.window_started_at = excluded.window_started_at THEN c.previous_count
        WHEN c.window_started_at = excluded.window_started_at - ${windowSeconds}::int * interval '1 second' THEN c.count
        ELSE 0 END,
      count = CASE WHEN c.window_started_at = excluded.window_started_at THEN c.count + excluded.count ELSE excluded.count END,
      window_started_at = excluded.window_started_at
    RETURNING key, count, previous_count, extract(epoch FROM now() - window_started_at)::float8 AS elapsed_seconds`;
  return new Map(
    rows.map((row) => [row.key, { count: row.count, previousCount: row.previous_count, elapsedSeconds: row.elapsed_seconds }]),
  );
}

/** Forgets addresses idle for two windows: their counts no longer weigh on anything. */
export async function pruneIdleCounters(db: Db, windowSeconds: number): Promise<number> {
  return db.$executeRaw`
    DELETE FROM read_rate_limits WHERE window_started_at < now() - ${2 * windowSeconds}::int * interval '1 second'`;
}
