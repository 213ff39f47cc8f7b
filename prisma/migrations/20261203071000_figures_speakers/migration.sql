-- A figure taken from a dataset or a chart is cited as a value and what it measures, not as a
-- quotation: its `exact` is the value as the source gives it ("Qwen 385.3 million"), and
-- `measure` says what the value is of ("cumulative downloads on Hugging Face, October 2025").
CREATE TYPE "CitationKind" AS ENUM ('QUOTATION', 'FIGURE');

ALTER TABLE "citations"
    ADD COLUMN "kind" "CitationKind" NOT NULL DEFAULT 'QUOTATION',
    ADD COLUMN "measure" TEXT,
    ADD CONSTRAINT "citations_figure_check" CHECK (
        ("kind" = 'FIGURE') = ("measure" IS NOT NULL) AND ("measure" IS NULL OR length(btrim("measure")) > 0)
    );

-- Who really said the words of a MISATTRIBUTED claim, when it is known; `speaker_id` stays the
-- person they are wrongly attributed to, so the claim is still found under that name.
ALTER TABLE "claims"
    ADD COLUMN "actual_speaker_id" INTEGER,
    ADD CONSTRAINT "claims_actual_speaker_check" CHECK (
        "actual_speaker_id" IS NULL OR ("status" = 'MISATTRIBUTED' AND "actual_speaker_id" <> "speaker_id")
    );
CREATE INDEX "claims_actual_speaker_id_idx" ON "claims"("actual_speaker_id");
ALTER TABLE "claims" ADD CONSTRAINT "claims_actual_speaker_id_fkey" FOREIGN KEY ("actual_speaker_id") REFERENCES "entities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Everyone who said the words with the speaker (an op-ed written by two people).
CREATE TABLE "claim_co_speakers" (
    "claim_id" INTEGER NOT NULL,
    "entity_id" INTEGER NOT NULL,
    CONSTRAINT "claim_co_speakers_pkey" PRIMARY KEY ("claim_id", "entity_id")
);
CREATE INDEX "claim_co_speakers_entity_id_idx" ON "claim_co_speakers"("entity_id");
ALTER TABLE "claim_co_speakers" ADD CONSTRAINT "claim_co_speakers_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claim_co_speakers" ADD CONSTRAINT "claim_co_speakers_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TRIGGER "audit_change" AFTER INSERT OR UPDATE OR DELETE ON "claim_co_speakers" FOR EACH ROW EXECUTE FUNCTION "audit_provenance_change"();
CREATE TRIGGER "audit_truncate" AFTER TRUNCATE ON "claim_co_speakers" FOR EACH STATEMENT EXECUTE FUNCTION "audit_provenance_change"();
