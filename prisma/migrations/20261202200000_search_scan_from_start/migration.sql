-- The bounded count estimates a total from how far into the table its first matches reached
-- (lib/search/postgres/search-sql.ts). A synchronised sequential scan starts where an earlier
-- scan of the table stopped, which makes that reach meaningless (the home page at 100k quotes
-- reported about 10,000 of 97,000). Scans of this database start at the first block.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET synchronize_seqscans = off', current_database());
END
$$;
