-- Claimtrail: the provenance model. Written by hand in the shape `prisma migrate diff`
-- produces, plus the check constraints Prisma cannot express (named *_check).

CREATE TYPE "UserRole" AS ENUM ('READER', 'EDITOR', 'ADMIN');
CREATE TYPE "EntityKind" AS ENUM ('PERSON', 'ORGANIZATION', 'PRODUCT');
CREATE TYPE "NameKind" AS ENUM ('NAME', 'ALIAS');
CREATE TYPE "SourceType" AS ENUM ('ARTICLE', 'PODCAST_EPISODE', 'INTERVIEW', 'BLOG_POST', 'SOCIAL_POST', 'EARNINGS_CALL', 'DATASET', 'VIDEO', 'REPORT', 'PRESS_RELEASE');
CREATE TYPE "DatePrecision" AS ENUM ('YEAR', 'MONTH', 'DAY');
CREATE TYPE "SourceRelationKind" AS ENUM ('REPUBLISHES', 'TRANSLATES', 'QUOTES', 'DERIVED_FROM');
CREATE TYPE "AttributionStatus" AS ENUM ('UNSOURCED', 'ATTRIBUTED_WITHOUT_SOURCE', 'SOURCED_UNVERIFIED', 'VERIFIED_PRIMARY', 'DISPUTED', 'MISATTRIBUTED');
CREATE TYPE "ClaimRank" AS ENUM ('PREFERRED', 'NORMAL', 'DEPRECATED');
CREATE TYPE "Verdict" AS ENUM ('TRUE', 'MOSTLY_TRUE', 'MIXED', 'MOSTLY_FALSE', 'FALSE', 'UNPROVEN');
CREATE TYPE "PublicationState" AS ENUM ('DRAFT', 'PUBLISHED');
CREATE TYPE "CitationRole" AS ENUM ('PRIMARY', 'RELAY');
CREATE TYPE "ClaimRelationKind" AS ENUM ('WALKS_BACK', 'RETRACTS', 'CLARIFIES', 'REPEATS', 'CONTRADICTS', 'SUPPORTS', 'PARAPHRASES');
CREATE TYPE "RevisionAction" AS ENUM ('CREATE', 'UPDATE', 'DEPRECATE', 'RESTORE');

CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "role" "UserRole" NOT NULL DEFAULT 'READER',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "users_email_check" CHECK ("email" = lower("email") AND position('@' in "email") > 1)
);
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

CREATE TABLE "entities" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "EntityKind" NOT NULL,
    "name" TEXT NOT NULL,
    "wikidata_id" TEXT,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deprecated_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "entities_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "entities_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "entities_wikidata_id_check" CHECK ("wikidata_id" ~ '^Q[1-9][0-9]*$'),
    CONSTRAINT "entities_name_check" CHECK (length(btrim("name")) > 0),
    CONSTRAINT "entities_version_check" CHECK ("version" >= 1)
);
CREATE UNIQUE INDEX "entities_slug_key" ON "entities"("slug");
CREATE UNIQUE INDEX "entities_wikidata_id_key" ON "entities"("wikidata_id");

CREATE TABLE "entity_names" (
    "id" SERIAL NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "kind" "NameKind" NOT NULL DEFAULT 'ALIAS',
    CONSTRAINT "entity_names_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "entity_names_value_check" CHECK (length(btrim("value")) > 0),
    CONSTRAINT "entity_names_lang_check" CHECK ("lang" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$')
);
CREATE UNIQUE INDEX "entity_names_entity_id_lang_value_key" ON "entity_names"("entity_id", "lang", "value");
CREATE INDEX "entity_names_value_idx" ON "entity_names"("value");
-- One primary name per entity and language.
CREATE UNIQUE INDEX "entity_names_one_name_per_lang" ON "entity_names"("entity_id", "lang") WHERE "kind" = 'NAME';

CREATE TABLE "affiliations" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "start_date" DATE,
    "end_date" DATE,
    CONSTRAINT "affiliations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "affiliations_distinct_check" CHECK ("person_id" <> "organization_id"),
    CONSTRAINT "affiliations_dates_check" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date")
);
CREATE UNIQUE INDEX "affiliations_person_id_organization_id_role_key" ON "affiliations"("person_id", "organization_id", "role");

CREATE TABLE "sources" (
    "id" SERIAL NOT NULL,
    "type" "SourceType" NOT NULL,
    "title" TEXT NOT NULL,
    "container_title" TEXT,
    "publisher_id" INTEGER,
    "authors" JSONB NOT NULL DEFAULT '[]',
    "issued" DATE,
    "issued_precision" "DatePrecision",
    "url" TEXT,
    "accessed" DATE,
    "archive_url" TEXT,
    "archived_at" DATE,
    "lang" TEXT NOT NULL,
    "doi" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deprecated_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "sources_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "sources_title_check" CHECK (length(btrim("title")) > 0),
    CONSTRAINT "sources_url_check" CHECK ("url" ~ '^https?://'),
    CONSTRAINT "sources_archive_url_check" CHECK ("archive_url" ~ '^https?://'),
    CONSTRAINT "sources_authors_check" CHECK (jsonb_typeof("authors") = 'array'),
    CONSTRAINT "sources_issued_precision_check" CHECK (("issued" IS NULL) = ("issued_precision" IS NULL)),
    CONSTRAINT "sources_doi_check" CHECK ("doi" ~ '^10\.[0-9]{4,9}/\S+$'),
    CONSTRAINT "sources_lang_check" CHECK ("lang" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    CONSTRAINT "sources_version_check" CHECK ("version" >= 1)
);
CREATE UNIQUE INDEX "sources_url_key" ON "sources"("url");
CREATE UNIQUE INDEX "sources_doi_key" ON "sources"("doi");
CREATE INDEX "sources_publisher_id_idx" ON "sources"("publisher_id");

CREATE TABLE "source_relations" (
    "id" SERIAL NOT NULL,
    "from_source_id" INTEGER NOT NULL,
    "to_source_id" INTEGER NOT NULL,
    "kind" "SourceRelationKind" NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "source_relations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "source_relations_distinct_check" CHECK ("from_source_id" <> "to_source_id")
);
CREATE UNIQUE INDEX "source_relations_from_source_id_to_source_id_kind_key" ON "source_relations"("from_source_id", "to_source_id", "kind");
CREATE INDEX "source_relations_to_source_id_idx" ON "source_relations"("to_source_id");

CREATE TABLE "claims" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "speaker_id" INTEGER NOT NULL,
    "claimed_at" DATE,
    "claimed_at_precision" "DatePrecision",
    "status" "AttributionStatus" NOT NULL DEFAULT 'UNSOURCED',
    "misattributed_by_id" INTEGER,
    "misattribution_evidence" TEXT,
    "rank" "ClaimRank" NOT NULL DEFAULT 'NORMAL',
    "rank_reason" TEXT,
    "verdict" "Verdict",
    "verdict_note" TEXT,
    "state" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "claims_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "claims_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "claims_claimed_at_precision_check" CHECK (("claimed_at" IS NULL) = ("claimed_at_precision" IS NULL)),
    -- Misattributed means somebody put the words in the speaker's mouth: say who, and show it.
    CONSTRAINT "claims_misattribution_check" CHECK (
        "status" <> 'MISATTRIBUTED'
        OR ("misattributed_by_id" IS NOT NULL AND length(btrim(coalesce("misattribution_evidence", ''))) > 0)),
    CONSTRAINT "claims_rank_reason_check" CHECK (
        "rank" = 'NORMAL' OR length(btrim(coalesce("rank_reason", ''))) > 0),
    CONSTRAINT "claims_version_check" CHECK ("version" >= 1)
);
CREATE INDEX "claims_speaker_id_idx" ON "claims"("speaker_id");
CREATE INDEX "claims_claimed_at_idx" ON "claims"("claimed_at");

CREATE TABLE "claim_statements" (
    "id" SERIAL NOT NULL,
    "claim_id" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "claim_statements_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "claim_statements_text_check" CHECK (length(btrim("text")) > 0),
    CONSTRAINT "claim_statements_lang_check" CHECK ("lang" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$')
);
CREATE UNIQUE INDEX "claim_statements_claim_id_lang_key" ON "claim_statements"("claim_id", "lang");

CREATE TABLE "claim_entities" (
    "claim_id" INTEGER NOT NULL,
    "entity_id" INTEGER NOT NULL,
    CONSTRAINT "claim_entities_pkey" PRIMARY KEY ("claim_id", "entity_id")
);
CREATE INDEX "claim_entities_entity_id_idx" ON "claim_entities"("entity_id");

CREATE TABLE "tags" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    CONSTRAINT "tags_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "tags_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
CREATE UNIQUE INDEX "tags_slug_key" ON "tags"("slug");

CREATE TABLE "claim_tags" (
    "claim_id" INTEGER NOT NULL,
    "tag_id" INTEGER NOT NULL,
    CONSTRAINT "claim_tags_pkey" PRIMARY KEY ("claim_id", "tag_id")
);
CREATE INDEX "claim_tags_tag_id_idx" ON "claim_tags"("tag_id");

CREATE TABLE "quotes" (
    "id" SERIAL NOT NULL,
    "claim_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "spoken_lang" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deprecated_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "quotes_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "quotes_text_check" CHECK (length(btrim("text")) > 0),
    CONSTRAINT "quotes_lang_check" CHECK ("lang" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' AND "spoken_lang" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    CONSTRAINT "quotes_version_check" CHECK ("version" >= 1)
);
CREATE INDEX "quotes_claim_id_idx" ON "quotes"("claim_id");

CREATE TABLE "quote_translations" (
    "id" SERIAL NOT NULL,
    "quote_id" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "translator" TEXT,
    "source_id" INTEGER,
    "is_official" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "quote_translations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "quote_translations_text_check" CHECK (length(btrim("text")) > 0),
    CONSTRAINT "quote_translations_lang_check" CHECK ("lang" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$')
);
CREATE UNIQUE INDEX "quote_translations_quote_id_lang_text_key" ON "quote_translations"("quote_id", "lang", "text");

CREATE TABLE "citations" (
    "id" SERIAL NOT NULL,
    "quote_id" INTEGER,
    "claim_id" INTEGER,
    "source_id" INTEGER NOT NULL,
    "role" "CitationRole" NOT NULL,
    "page" TEXT,
    "paragraph" INTEGER,
    "start_seconds" INTEGER,
    "end_seconds" INTEGER,
    "exact" TEXT NOT NULL,
    "prefix" TEXT,
    "suffix" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deprecated_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "citations_pkey" PRIMARY KEY ("id"),
    -- A citation supports exactly one thing: a quote, or a claim that has no quote.
    CONSTRAINT "citations_target_check" CHECK (("quote_id" IS NULL) <> ("claim_id" IS NULL)),
    CONSTRAINT "citations_exact_check" CHECK (length(btrim("exact")) > 0),
    CONSTRAINT "citations_paragraph_check" CHECK ("paragraph" >= 1),
    CONSTRAINT "citations_seconds_check" CHECK (
        ("start_seconds" IS NULL OR "start_seconds" >= 0)
        AND ("end_seconds" IS NULL OR ("start_seconds" IS NOT NULL AND "end_seconds" >= "start_seconds"))),
    CONSTRAINT "citations_version_check" CHECK ("version" >= 1)
);
CREATE INDEX "citations_quote_id_idx" ON "citations"("quote_id");
CREATE INDEX "citations_claim_id_idx" ON "citations"("claim_id");
CREATE INDEX "citations_source_id_idx" ON "citations"("source_id");

CREATE TABLE "claim_relations" (
    "id" SERIAL NOT NULL,
    "from_claim_id" INTEGER NOT NULL,
    "to_claim_id" INTEGER NOT NULL,
    "kind" "ClaimRelationKind" NOT NULL,
    "related_at" DATE,
    "source_id" INTEGER,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "claim_relations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "claim_relations_distinct_check" CHECK ("from_claim_id" <> "to_claim_id")
);
CREATE UNIQUE INDEX "claim_relations_from_claim_id_to_claim_id_kind_key" ON "claim_relations"("from_claim_id", "to_claim_id", "kind");
CREATE INDEX "claim_relations_to_claim_id_idx" ON "claim_relations"("to_claim_id");

CREATE TABLE "revisions" (
    "id" SERIAL NOT NULL,
    "record_type" TEXT NOT NULL,
    "record_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" "RevisionAction" NOT NULL,
    "author_id" INTEGER,
    "reason" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "revisions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "revisions_reason_check" CHECK (length(btrim("reason")) > 0),
    CONSTRAINT "revisions_record_type_check" CHECK ("record_type" IN ('entity', 'source', 'source_relation', 'claim', 'quote', 'citation', 'claim_relation'))
);
CREATE UNIQUE INDEX "revisions_record_type_record_id_version_key" ON "revisions"("record_type", "record_id", "version");

-- Revisions are history: the database itself refuses to change or remove one.
CREATE FUNCTION "revisions_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'revisions are append-only' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "revisions_append_only" BEFORE UPDATE OR DELETE ON "revisions"
    FOR EACH ROW EXECUTE FUNCTION "revisions_append_only"();

CREATE TABLE "search_outbox" (
    "id" BIGSERIAL NOT NULL,
    "record_type" TEXT NOT NULL,
    "record_id" INTEGER NOT NULL,
    "enqueued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    CONSTRAINT "search_outbox_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "search_outbox_processed_at_id_idx" ON "search_outbox"("processed_at", "id");

ALTER TABLE "entity_names" ADD CONSTRAINT "entity_names_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "entities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "entities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "sources" ADD CONSTRAINT "sources_publisher_id_fkey" FOREIGN KEY ("publisher_id") REFERENCES "entities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "source_relations" ADD CONSTRAINT "source_relations_from_source_id_fkey" FOREIGN KEY ("from_source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "source_relations" ADD CONSTRAINT "source_relations_to_source_id_fkey" FOREIGN KEY ("to_source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claims" ADD CONSTRAINT "claims_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "entities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claims" ADD CONSTRAINT "claims_misattributed_by_id_fkey" FOREIGN KEY ("misattributed_by_id") REFERENCES "entities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claim_statements" ADD CONSTRAINT "claim_statements_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claim_entities" ADD CONSTRAINT "claim_entities_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claim_entities" ADD CONSTRAINT "claim_entities_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claim_tags" ADD CONSTRAINT "claim_tags_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claim_tags" ADD CONSTRAINT "claim_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "quote_translations" ADD CONSTRAINT "quote_translations_quote_id_fkey" FOREIGN KEY ("quote_id") REFERENCES "quotes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "quote_translations" ADD CONSTRAINT "quote_translations_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "citations" ADD CONSTRAINT "citations_quote_id_fkey" FOREIGN KEY ("quote_id") REFERENCES "quotes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "citations" ADD CONSTRAINT "citations_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "citations" ADD CONSTRAINT "citations_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_from_claim_id_fkey" FOREIGN KEY ("from_claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_to_claim_id_fkey" FOREIGN KEY ("to_claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
