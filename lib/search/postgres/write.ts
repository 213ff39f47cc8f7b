import type { Db } from "../../db/client";
import type { SearchDocument } from "../contract";
import { facetEntries } from "../hits";
import { allowedTypos, terms } from "../text";
import { FILTER_COLUMNS } from "./filters";
import { tsvectorLiteral } from "./tsquery";

/** The live index table, or the one a rebuild fills before swapping it in. */
export type DocumentTable = "search_documents" | "search_documents_rebuild";

function documentRow(document: SearchDocument) {
  const quoteFields = [document.text, ...document.translations.map((translation) => translation.text)];
  const aboutFields = [
    ...document.statements,
    ...document.speaker.names,
    ...document.entities.flatMap((entity) => entity.names),
    ...document.sources.flatMap((source) => [source.title, source.publisher?.name ?? ""]),
    ...document.tags.flatMap((tag) => [tag.slug, tag.name]),
  ];
  const quoteTerms = quoteFields.map(terms);
  const aboutTerms = aboutFields.map(terms);
  const facets = facetEntries(document);
  const row: Record<string, unknown> = {
    id: document.id,
    claim_id: document.claimId,
    document,
    claimed_at: document.claimedAt,
    tsv: tsvectorLiteral([...quoteTerms.map((list) => ({ weight: "A" as const, terms: list })), ...aboutTerms.map((list) => ({ weight: "B" as const, terms: list }))]),
  };
  for (const [field, column] of Object.entries(FILTER_COLUMNS)) row[column] = facets[field as keyof typeof facets].map((entry) => entry.value);
  return { row, terms: [...quoteTerms, ...aboutTerms].flat(), facets };
}

const COLUMNS = ["id", "claim_id", "document", "claimed_at", "tsv", ...Object.values(FILTER_COLUMNS)];
const COLUMN_TYPES: Record<string, string> = { id: "text", claim_id: "int", document: "jsonb", claimed_at: "date", tsv: "text" };

/** Inserts or replaces documents, and records their typo-able terms and facet labels. */
export async function writeDocuments(db: Db, table: DocumentTable, documents: SearchDocument[]): Promise<void> {
  if (documents.length === 0) return;
  const built = documents.map(documentRow);
  const recordType = COLUMNS.map((column) => `${column} ${COLUMN_TYPES[column] ?? "text[]"}`).join(", ");
  const select = COLUMNS.map((column) => (column === "tsv" ? "tsv::tsvector" : column)).join(", ");
  const updates = COLUMNS.filter((column) => column !== "id").map((column) => `${column} = EXCLUDED.${column}`).join(", ");
  const vocabulary = [...new Set(built.flatMap((item) => item.terms).filter((term) => allowedTypos(term) > 0))];
  const labels = [...new Map(built.flatMap((item) =>
    Object.entries(item.facets).flatMap(([field, entries]) => entries.map((entry) => [`${field}\u0000${entry.value}`, { field, value: entry.value, label: entry.label }] as const)),
  )).values()];
  // Sequential statements in one interactive transaction: the driver runs one query at a time.
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${table} (${COLUMNS.join(", ")})
       SELECT ${select} FROM jsonb_to_recordset($1::jsonb) AS x(${recordType})
       ON CONFLICT (id) DO UPDATE SET ${updates}, updated_at = now()`,
      JSON.stringify(built.map((item) => item.row)),
    );
    await tx.$executeRawUnsafe(`INSERT INTO search_terms (term) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, vocabulary);
    await tx.$executeRawUnsafe(
      `INSERT INTO search_facet_labels (field, value, label)
       SELECT field, value, label FROM jsonb_to_recordset($1::jsonb) AS x(field text, value text, label text)
       ON CONFLICT (field, value) DO UPDATE SET label = EXCLUDED.label`,
      JSON.stringify(labels),
    );
  });
}

/** Replaces the live table with the rebuilt one in one transaction; readers never see a gap. */
export async function swapInRebuiltTable(db: Db): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`ALTER TABLE search_documents RENAME TO search_documents_retired`);
    await tx.$executeRawUnsafe(`ALTER TABLE search_documents_rebuild RENAME TO search_documents`);
    await tx.$executeRawUnsafe(`DROP TABLE search_documents_retired`);
    // LIKE … INCLUDING ALL named the copies' indexes after the rebuild table: restore the names.
    const indexes = await tx.$queryRawUnsafe<{ indexname: string }[]>(
      `SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'search_documents' AND indexname LIKE 'search_documents_rebuild%'`,
    );
    for (const { indexname } of indexes) {
      await tx.$executeRawUnsafe(`ALTER INDEX "${indexname}" RENAME TO "${indexname.replace("search_documents_rebuild", "search_documents")}"`);
    }
  });
}
