-- A claim dated only to a month or a year covers that whole span: date filters match it when any
-- day of the span falls in the range, so the index keeps the span's last day beside its first.
ALTER TABLE "search_documents" ADD COLUMN "claimed_at_end" DATE;

-- Documents indexed before they carried their date's precision are indexed again.
INSERT INTO "search_outbox" ("record_type", "record_id") SELECT 'claim', "id" FROM "claims";
