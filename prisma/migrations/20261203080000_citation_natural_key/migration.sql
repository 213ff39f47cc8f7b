-- A citation's natural key: the same words (and the same occurrence of them, told apart by
-- prefix and suffix) at the same place in the same source, for the same quote or claim, are
-- one citation; adding them again is refused. Its role is a judgement about the citation, not
-- part of what it is cited for. A missing page or paragraph equals a missing one (NULLS NOT
-- DISTINCT, Postgres 15+). The texts are keyed by their md5 so that the key stays under the
-- btree entry size (exact holds up to 20,000 characters). A deprecated citation does not
-- count: a citation withdrawn may be added afresh.
CREATE UNIQUE INDEX "citations_natural_key" ON "citations" (
    "quote_id", "claim_id", "source_id", "kind", md5("measure"), "page", "paragraph", "start_seconds", "end_seconds",
    md5("exact"), md5("prefix"), md5("suffix")
) NULLS NOT DISTINCT WHERE "deprecated_at" IS NULL;
