-- Typo candidates by deletion neighbourhood, exact by the stated rule (docs/SEARCH.md):
-- every indexed term is stored under each string obtained by deleting up to as many letters
-- as a query word within its budget could need (none for 4 letters, one from 5, two from 9).
-- A query word's deletions looked up here find every term within its typo budget; the
-- optimal-string-alignment check below then keeps exactly those. Replaces the trigram lookup,
-- which missed valid variants and needed a set_config transaction per search.

CREATE TABLE "search_term_variants" (
    "variant" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    CONSTRAINT "search_term_variants_pkey" PRIMARY KEY ("variant", "term")
);

CREATE FUNCTION "search_term_deletions"("term" TEXT) RETURNS SETOF TEXT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT term WHERE char_length(term) >= 4
  UNION
  SELECT overlay(term PLACING '' FROM i FOR 1) FROM generate_series(1, char_length(term)) AS i WHERE char_length(term) >= 5
  UNION
  SELECT overlay(overlay(term PLACING '' FROM i FOR 1) PLACING '' FROM j FOR 1)
  FROM generate_series(1, char_length(term)) AS i, generate_series(i, char_length(term) - 1) AS j WHERE char_length(term) >= 9
$$;

-- Optimal string alignment distance (a swap of neighbouring letters counts as one), giving up
-- with max_distance + 1 as soon as no alignment can stay within max_distance: text.ts#typoDistance.
CREATE FUNCTION "search_typo_distance"("a" TEXT, "b" TEXT, "max_distance" INT) RETURNS INT LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  x TEXT[] := regexp_split_to_array(a, '');
  y TEXT[] := regexp_split_to_array(b, '');
  m INT := char_length(a);
  n INT := char_length(b);
  before_previous INT[];
  previous INT[];
  current_row INT[];
  value INT;
  row_min INT;
BEGIN
  IF abs(m - n) > max_distance THEN RETURN max_distance + 1; END IF;
  previous := ARRAY(SELECT generate_series(0, n));
  FOR i IN 1..m LOOP
    current_row := array_fill(0, ARRAY[n + 1]);
    current_row[1] := i;
    row_min := i;
    FOR j IN 1..n LOOP
      value := least(previous[j + 1] + 1, current_row[j] + 1, previous[j] + CASE WHEN x[i] = y[j] THEN 0 ELSE 1 END);
      IF i > 1 AND j > 1 AND x[i] = y[j - 1] AND x[i - 1] = y[j] THEN value := least(value, before_previous[j - 1] + 1); END IF;
      current_row[j + 1] := value;
      row_min := least(row_min, value);
    END LOOP;
    IF row_min > max_distance THEN RETURN max_distance + 1; END IF;
    before_previous := previous;
    previous := current_row;
  END LOOP;
  RETURN previous[n + 1];
END $$;

INSERT INTO "search_term_variants" ("variant", "term")
SELECT d, t.term FROM "search_terms" t, "search_term_deletions"(t.term) AS d ON CONFLICT DO NOTHING;

DROP INDEX "search_terms_trgm_idx";

-- The GIN indexes are kept without a pending list, so a bulk import never leaves searches
-- scanning an unmerged list until a vacuum. The rebuild builds them after loading instead.
ALTER INDEX "search_documents_tsv_idx" SET (fastupdate = off);
ALTER INDEX "search_documents_filters_idx" SET (fastupdate = off);
-- Statistics follow the table's growth sooner than the default 10 %.
ALTER TABLE "search_documents" SET (autovacuum_analyze_scale_factor = 0.02, autovacuum_vacuum_scale_factor = 0.05);
