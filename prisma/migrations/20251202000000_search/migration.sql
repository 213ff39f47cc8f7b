-- The Postgres search engine's index: one row per searchable document, kept by the outbox
-- worker (lib/search/sync.ts). Terms are normalised in application code (Traditional folded
-- to Simplified, segmented), so the tsvector is built from our terms, not by a parser.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE "search_documents" (
    "id" TEXT NOT NULL,
    "claim_id" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "claimed_at" DATE,
    "tsv" TSVECTOR NOT NULL,
    "f_speaker" TEXT[] NOT NULL,
    "f_org" TEXT[] NOT NULL,
    "f_entity" TEXT[] NOT NULL,
    "f_source" TEXT[] NOT NULL,
    "f_source_type" TEXT[] NOT NULL,
    "f_publisher" TEXT[] NOT NULL,
    "f_lang" TEXT[] NOT NULL,
    "f_status" TEXT[] NOT NULL,
    "f_rank" TEXT[] NOT NULL,
    "f_tag" TEXT[] NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "search_documents_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "search_documents_tsv_idx" ON "search_documents" USING GIN ("tsv");
CREATE INDEX "search_documents_claimed_at_idx" ON "search_documents" ("claimed_at" DESC NULLS LAST, "id");
CREATE INDEX "search_documents_claim_id_idx" ON "search_documents" ("claim_id");
CREATE INDEX "search_documents_filters_idx" ON "search_documents" USING GIN ("f_speaker", "f_org", "f_entity", "f_source", "f_publisher", "f_tag");

-- Every term ever indexed, for typo and prefix expansion through trigrams.
CREATE TABLE "search_terms" (
    "term" TEXT NOT NULL,
    CONSTRAINT "search_terms_pkey" PRIMARY KEY ("term")
);
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING GIN ("term" gin_trgm_ops);

-- Display labels of facet values (a speaker's name for its slug, a source's title for its id).
CREATE TABLE "search_facet_labels" (
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    CONSTRAINT "search_facet_labels_pkey" PRIMARY KEY ("field", "value")
);
