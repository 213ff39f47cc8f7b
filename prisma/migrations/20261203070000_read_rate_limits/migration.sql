-- Anonymous reads counted per client address (lib/rate-limit): one row per address, updated by
-- one upsert per request. UNLOGGED: no WAL and no flush per request; the counters survive app
-- restarts and are shared by every app process, and only a crash of Postgres itself empties
-- them, which merely forgets at most two minutes of counts.
CREATE UNLOGGED TABLE "read_rate_limits" (
    "key" TEXT NOT NULL,
    "window_started_at" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "previous_count" INTEGER NOT NULL,
    CONSTRAINT "read_rate_limits_pkey" PRIMARY KEY ("key")
);
