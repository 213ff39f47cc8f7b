-- The Postgres search engine's entity index (lib/search/postgres/entities.ts): one row per
-- live person, organisation and product, its names and its affiliates' names in a tsvector
-- written from our own terms (weights A and B), kept by the outbox worker.

CREATE TABLE "search_entities" (
    "id" TEXT NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "sort_name" TEXT NOT NULL,
    "claim_count" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "tsv" TSVECTOR NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "search_entities_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "search_entities_tsv_idx" ON "search_entities" USING GIN ("tsv") WITH (fastupdate = off);
CREATE INDEX "search_entities_sort_name_idx" ON "search_entities" ("sort_name", "id");

-- Existing entities reach the index through the worker, as an edit would bring them.
INSERT INTO "search_outbox" ("record_type", "record_id") SELECT 'entitySummary', "id" FROM "entities" WHERE "deprecated_at" IS NULL;
