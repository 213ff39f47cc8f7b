-- A source's full text as Claimtrail captured it, so that the words a citation gives can be
-- checked against it (lib/sources/text-anchor.ts). One snapshot per source; replacing it
-- re-anchors the source's citations.
CREATE TYPE "SnapshotOrigin" AS ENUM ('PASTED', 'ARCHIVED_COPY', 'TRANSCRIPT');

CREATE TABLE "source_snapshots" (
    "id" SERIAL NOT NULL,
    "source_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "captured_at" DATE NOT NULL,
    "content_hash" TEXT NOT NULL,
    "origin" "SnapshotOrigin" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "source_snapshots_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "source_snapshots_content_hash_check" CHECK ("content_hash" ~ '^[0-9a-f]{64}$')
);
CREATE UNIQUE INDEX "source_snapshots_source_id_key" ON "source_snapshots"("source_id");
ALTER TABLE "source_snapshots" ADD CONSTRAINT "source_snapshots_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Where a citation's words were found in its source's snapshot ([start, end) in the text), and
-- how closely (1 = the folded words exactly). Null when the source has no snapshot, or when the
-- words no longer anchor after the snapshot changed (the citation is then flagged to editors).
ALTER TABLE "citations"
    ADD COLUMN "anchor_start" INTEGER,
    ADD COLUMN "anchor_end" INTEGER,
    ADD COLUMN "anchor_closeness" DOUBLE PRECISION,
    ADD CONSTRAINT "citations_anchor_check" CHECK (
        ("anchor_start" IS NULL) = ("anchor_end" IS NULL) AND ("anchor_start" IS NULL) = ("anchor_closeness" IS NULL)
        AND ("anchor_start" IS NULL OR (0 <= "anchor_start" AND "anchor_start" < "anchor_end" AND "anchor_closeness" > 0 AND "anchor_closeness" <= 1))
    );
