-- Searches are short statements over many rows; JIT compilation costs them 0.1–0.9 s each and
-- never pays back (docs/BENCHMARKS.md). Off for this database, whatever the server's default.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
END
$$;
