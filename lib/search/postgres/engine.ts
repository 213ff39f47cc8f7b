import type { Db } from "../../db/client";
import type { FacetValue, FilterField, RebuildProgress, SearchDocument, SearchEngine, SearchQuery, SearchResult } from "../contract";
import { emptyFacets, sortFacetValues, toHit } from "../hits";
import { matcherFor, parseQuery, type ParsedQuery } from "../query";
import { FILTER_COLUMNS, filterConditions } from "./filters";
import { excludedQuery, leadingPartsQuery } from "./tsquery";
import { fetchTypoExpansions } from "./typos";
import { swapInRebuiltTable, writeDocuments, type DocumentTable } from "./write";

/** Meilisearch, too, considers at most ten query words. */
const MAX_WORDS = 10;

interface ResultRow {
  total: number;
  page: { document: SearchDocument }[] | null;
  facets: { field: FilterField; value: string; label: string | null; count: number }[] | null;
}

/**
 * The embedded default: search in the same Postgres, over a tsvector written from our own
 * terms (GIN), with trigram typo expansion. Ranking follows Meilisearch's rules in order;
 * docs/SEARCH.md says where it only approximates them.
 */
export class PostgresEngine implements SearchEngine {
  readonly name = "postgres" as const;

  constructor(private readonly db: Db) {}

  async prepare(): Promise<void> {
    // The tables come with the migrations; nothing else to set up.
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const parsed: ParsedQuery = parseQuery(query.q);
    parsed.parts = parsed.parts.slice(0, MAX_WORDS);
    const expansions = await fetchTypoExpansions(this.db, parsed);
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const tsquery = (count: number, typos: boolean, quoteOnly: boolean, adjacent = false) =>
      `${param(leadingPartsQuery(parsed, count, expansions, { typos, quoteOnly, adjacent }))}::tsquery`;

    const conditions = filterConditions(query, param);
    const n = parsed.parts.length;
    if (n > 0) conditions.push(`tsv @@ ${tsquery(1, true, false)}`);
    const excluded = excludedQuery(parsed);
    if (excluded) conditions.push(`NOT (tsv @@ ${param(excluded)}::tsquery)`);

    // Meilisearch's rules in order: matched words (dropping from the right), typos,
    // proximity (bucketed: the words side by side or not), the field matched (quote text
    // first), then exactness, approximated by cover density.
    const byWords = (make: (k: number) => string) =>
      n === 0 ? "0" : `CASE words ${Array.from({ length: n }, (_, i) => `WHEN ${n - i} THEN ${make(n - i)}`).join(" ")} END`;
    const words = n <= 1 ? String(n) : `CASE ${Array.from({ length: n - 1 }, (_, i) => `WHEN tsv @@ ${tsquery(n - i, true, false)} THEN ${n - i}`).join(" ")} ELSE 1 END`;
    const typos = byWords((k) => `(NOT tsv @@ ${tsquery(k, false, false)})::int`);
    const field = byWords((k) => `(NOT tsv @@ ${tsquery(k, true, true)})::int`);
    const proximity = byWords((k) => (k === 1 ? "0" : `(NOT tsv @@ ${tsquery(k, true, false, true)})::int`));
    const density = byWords((k) => `ts_rank_cd(tsv, ${tsquery(k, true, false)}, 1)`);

    const sort = query.sort === "relevance" && n === 0 ? "newest" : query.sort;
    const orderBy = {
      relevance: "words DESC, typos ASC, proximity ASC, field ASC, density DESC, claimed_at DESC NULLS LAST, id ASC",
      newest: "claimed_at DESC NULLS LAST, id DESC",
      oldest: "claimed_at ASC NULLS LAST, id ASC",
    }[sort];
    const facetSelects = (Object.entries(FILTER_COLUMNS) as [FilterField, string][])
      .map(([name, column]) => `SELECT '${name}' AS field, unnest(${column}) AS value FROM matched`)
      .join(" UNION ALL ");

    const sql = `
      WITH matched AS MATERIALIZED (
        SELECT id, document, claimed_at, tsv, ${Object.values(FILTER_COLUMNS).join(", ")}, ${words} AS words
        FROM search_documents
        ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""}
      ),
      ranked AS (
        SELECT id, document, claimed_at, words, ${typos} AS typos, ${proximity} AS proximity, ${field} AS field, ${density} AS density FROM matched
      ),
      page AS (SELECT document FROM ranked ORDER BY ${orderBy} LIMIT ${param(query.perPage)} OFFSET ${param((query.page - 1) * query.perPage)}),
      facet_counts AS (
        SELECT f.field, f.value, l.label, count(*)::int AS count
        FROM (${facetSelects}) f
        LEFT JOIN search_facet_labels l ON l.field = f.field AND l.value = f.value
        GROUP BY f.field, f.value, l.label
      )
      SELECT (SELECT count(*)::int FROM matched) AS total,
             (SELECT json_agg(page) FROM page) AS page,
             (SELECT json_agg(facet_counts) FROM facet_counts) AS facets`;
    const [row] = await this.db.$queryRawUnsafe<ResultRow[]>(sql, ...params);
    const isMatch = matcherFor(parsed);
    const facets = emptyFacets();
    for (const facet of row?.facets ?? []) {
      facets[facet.field].push({ value: facet.value, label: facet.label ?? facet.value, count: facet.count } satisfies FacetValue);
    }
    for (const name of Object.keys(facets) as FilterField[]) facets[name] = sortFacetValues(facets[name]);
    return {
      total: row?.total ?? 0,
      page: query.page,
      perPage: query.perPage,
      hits: (row?.page ?? []).map(({ document }) => toHit(document, isMatch)),
      facets,
    };
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    await writeDocuments(this.db, "search_documents", documents);
  }

  async remove(documentIds: string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await this.db.$executeRawUnsafe(`DELETE FROM search_documents WHERE id = ANY($1::text[])`, documentIds);
  }

  async rebuild(batches: AsyncIterable<SearchDocument[]>, total: number, onProgress?: (progress: RebuildProgress) => void): Promise<void> {
    const table: DocumentTable = "search_documents_rebuild";
    await this.db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${table}`);
    await this.db.$executeRawUnsafe(`CREATE TABLE ${table} (LIKE search_documents INCLUDING ALL)`);
    let done = 0;
    for await (const documents of batches) {
      await writeDocuments(this.db, table, documents);
      done += documents.length;
      onProgress?.({ done, total });
    }
    await swapInRebuiltTable(this.db);
  }
}
