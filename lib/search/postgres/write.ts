import "server-only";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { FILTER_FIELDS, type SearchDocument } from "../contract";
import { SEARCH_TIERS, claimedSpan, facetEntries, tierTexts } from "../search-document";
import { terms } from "../text";
import { FILTER_COLUMNS } from "./filters";
import { TIER_WEIGHTS, tsvectorLiteral } from "./tsquery";
import { isTypoTerm } from "./typos";

/** The live index table, or the one a rebuild fills before swapping it in. */
export type DocumentTable = "search_documents" | "search_documents_rebuild";

/** The Postgres row of a document, derived from its declaration (search-document.ts). */
function documentRow(document: SearchDocument) {
  const texts = tierTexts(document);
  const fields = SEARCH_TIERS.flatMap((tier) => texts[tier].map((text) => ({ weight: TIER_WEIGHTS[tier], terms: terms(text) })));
  const facets = facetEntries(document);
  const span = claimedSpan(document);
  const row: Record<string, unknown> = {
    id: document.id,
    claim_id: document.claimId,
    document,
    claimed_at: span?.first ?? null,
    claimed_at_end: span?.last ?? null,
    tsv: tsvectorLiteral(fields),
  };
  for (const field of FILTER_FIELDS) row[FILTER_COLUMNS[field]] = facets[field].map((entry) => entry.value);
  return { row, terms: fields.flatMap((field) => field.terms), facets };
}

const COLUMNS = ["id", "claim_id", "document", "claimed_at", "claimed_at_end", "tsv", ...Object.values(FILTER_COLUMNS)];
const COLUMN_TYPES: Record<string, string> = {
  id: "text",
  claim_id: "int",
  document: "jsonb",
  claimed_at: "date",
  claimed_at_end: "date",
  tsv: "text",
};

/** Inserts or replaces documents, and records their typo-able terms and facet labels. */
export async function writeDocuments(db: Db, table: DocumentTable, documents: SearchDocument[]): Promise<void> {
  if (documents.length === 0) return;
  const built = documents.map(documentRow);
  const recordType = COLUMNS.map((column) => `${column} ${COLUMN_TYPES[column] ?? "text[]"}`).join(", ");
  const select = COLUMNS.map((column) => (column === "tsv" ? "tsv::tsvector" : column)).join(", ");
  const updates = COLUMNS.filter((column) => column !== "id")
    .map((column) => `${column} = EXCLUDED.${column}`)
    .join(", ");
  const vocabulary = built.flatMap((item) => item.terms);
  const labels = [
    ...new Map(
      built.flatMap((item) =>
        Object.entries(item.facets).flatMap(([field, entries]) =>
          entries.map((entry) => [`${field}\u0000${entry.value}`, { field, value: entry.value, label: entry.label }] as const),
        ),
      ),
    ).values(),
  ];
  // Sequential statements in one interactive transaction: the driver runs one query at a time.
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${table} (${COLUMNS.join(", ")})
       SELECT ${select} FROM jsonb_to_recordset($1::jsonb) AS x(${recordType})
       ON CONFLICT (id) DO UPDATE SET ${updates}, updated_at = now()`,
      JSON.stringify(built.map((item) => item.row)),
    );
    await recordTerms(tx, vocabulary);
    await tx.$executeRawUnsafe(
      `INSERT INTO search_facet_labels (field, value, label)
       SELECT field, value, label FROM jsonb_to_recordset($1::jsonb) AS x(field text, value text, label text)
       ON CONFLICT (field, value) DO UPDATE SET label = EXCLUDED.label`,
      JSON.stringify(labels),
    );
  }, LONG_TRANSACTION);
}

/** Adds terms new to the vocabulary under their deletions, for typo lookups (typos.ts). */
export async function recordTerms(tx: Prisma.TransactionClient, vocabulary: string[]): Promise<void> {
  await tx.$executeRawUnsafe(
    `WITH added AS (INSERT INTO search_terms (term) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING RETURNING term)
     INSERT INTO search_term_variants (variant, term) SELECT variant, added.term FROM added, search_term_deletions(added.term) AS variant ON CONFLICT DO NOTHING`,
    [...new Set(vocabulary.filter(isTypoTerm))],
  );
}

/** Large batches on a busy embedded database outlast Prisma's 5 s default. */
export const LONG_TRANSACTION = { timeout: 10 * 60_000, maxWait: 60_000 };

/**
 * The rebuild's table: the live one's columns, primary key and storage settings, but not yet
 * its other indexes, which are built once after the load (far faster than maintaining a GIN
 * index row by row, and with no pending list left behind).
 */
export async function createRebuildTable(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`CREATE TABLE search_documents_rebuild (LIKE search_documents INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
  await db.$executeRawUnsafe(`ALTER TABLE search_documents_rebuild ADD PRIMARY KEY (id)`);
  const [live] = await db.$queryRawUnsafe<{ options: string[] | null }[]>(
    `SELECT reloptions AS options FROM pg_class WHERE oid = 'search_documents'::regclass`,
  );
  if (live?.options?.length) await db.$executeRawUnsafe(`ALTER TABLE search_documents_rebuild SET (${live.options.join(", ")})`);
}

/** Builds the live table's other indexes on the loaded rebuild table, then its statistics. */
export async function indexRebuildTable(db: Db): Promise<void> {
  const definitions = await db.$queryRawUnsafe<{ name: string; definition: string }[]>(
    `SELECT indexname AS name, regexp_replace(indexdef, '^.* USING ', '') AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = 'search_documents' AND indexname <> 'search_documents_pkey'`,
  );
  for (const { name, definition } of definitions)
    await db.$executeRawUnsafe(`CREATE INDEX "${name}_rebuild" ON search_documents_rebuild USING ${definition}`);
  await db.$executeRawUnsafe(`ANALYZE search_documents_rebuild`);
}

/**
 * Replaces the live table with the rebuilt one in one transaction; readers never see a gap.
 * The copies' indexes (LIKE … INCLUDING ALL names them after their columns) take the live
 * indexes' names, matched by definition, so the schema stays as the migrations made it.
 */
export async function swapInRebuiltTable(db: Db): Promise<void> {
  await db.$transaction(async (tx) => {
    const indexesOf = (table: string) =>
      tx.$queryRawUnsafe<{ name: string; definition: string }[]>(
        `SELECT indexname AS name, regexp_replace(indexdef, '^.* USING ', '') AS definition FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1`,
        table,
      );
    const live = await indexesOf("search_documents");
    const rebuilt = await indexesOf("search_documents_rebuild");
    // Searches running on the live table finish first; a lock that does not come fails the
    // swap cleanly instead of queueing every new search behind it.
    await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '30s'`);
    await tx.$executeRawUnsafe(`ALTER TABLE search_documents RENAME TO search_documents_retired`);
    await tx.$executeRawUnsafe(`ALTER TABLE search_documents_rebuild RENAME TO search_documents`);
    await tx.$executeRawUnsafe(`DROP TABLE search_documents_retired`);
    for (const index of rebuilt) {
      const original = live.find((candidate) => candidate.definition === index.definition);
      if (original && original.name !== index.name) await tx.$executeRawUnsafe(`ALTER INDEX "${index.name}" RENAME TO "${original.name}"`);
    }
  }, LONG_TRANSACTION);
}
