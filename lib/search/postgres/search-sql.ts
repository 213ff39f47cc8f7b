import { MAX_VALUES_PER_FACET, type FilterField, type SearchQuery } from "../contract";
import type { ParsedQuery } from "../query";
import { FILTER_COLUMNS, filterConditions } from "./filters";
import { excludedQuery, leadingPartsQuery, type TypoExpansions } from "./tsquery";

/**
 * One statement answers a search: the matching documents (narrow rows: ids, dates, filter
 * values and, for relevance, the ranking keys), the page, the total and every facet, as one
 * JSON row. The stored documents are read only for the page.
 */
export function buildSearchSql(query: SearchQuery, parsed: ParsedQuery, expansions: TypoExpansions): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const tsquery = (count: number, typos: boolean, quoteOnly: boolean, adjacent = false) =>
    `${param(leadingPartsQuery(parsed, count, expansions, { typos, quoteOnly, adjacent }))}::tsquery`;

  const conditions = filterConditions(query, param);
  const n = parsed.parts.length;
  if (n > 0) conditions.push(`tsv @@ ${tsquery(1, true, false)}`);
  const excluded = excludedQuery(parsed);
  if (excluded) conditions.push(`NOT (tsv @@ ${param(excluded)}::tsquery)`);
  const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";

  const sort = query.sort === "relevance" && n === 0 ? "newest" : query.sort;
  // Ranking tests each candidate's tsvector several times. "tsv || ''" decompresses it once
  // per row, and OFFSET 0 keeps the planner from inlining (and so repeating) that copy.
  const filterColumns = Object.values(FILTER_COLUMNS).join(", ");
  let matched: string;
  let orderBy: string;
  if (sort === "relevance") {
    // Meilisearch's rules in order: matched words (dropping from the right), typos,
    // proximity (bucketed: the words side by side or not), the field matched (the quote's
    // own words first), then exactness, approximated by cover density.
    const byWords = (make: (k: number) => string) => `CASE words ${Array.from({ length: n }, (_, i) => `WHEN ${n - i} THEN ${make(n - i)}`).join(" ")} END`;
    const words = n === 1 ? "1" : `CASE ${Array.from({ length: n - 1 }, (_, i) => `WHEN tsv @@ ${tsquery(n - i, true, false)} THEN ${n - i}`).join(" ")} ELSE 1 END`;
    const typos = byWords((k) => `(NOT tsv @@ ${tsquery(k, false, false)})::int`);
    const proximity = byWords((k) => (k === 1 ? "0" : `(NOT tsv @@ ${tsquery(k, true, false, true)})::int`));
    const field = byWords((k) => `(NOT tsv @@ ${tsquery(k, true, true)})::int`);
    const density = byWords((k) => `ts_rank_cd(tsv, ${tsquery(k, true, false)}, 1)`);
    matched = `SELECT id, claimed_at, ${filterColumns}, words, ${typos} AS typos, ${proximity} AS proximity, ${field} AS field, ${density} AS density
      FROM (SELECT id, claimed_at, tsv, ${filterColumns}, ${words} AS words
            FROM (SELECT id, claimed_at, tsv || ''::tsvector AS tsv, ${filterColumns} FROM search_documents ${where} OFFSET 0) AS detoasted
            OFFSET 0) AS candidates`;
    orderBy = "words DESC, typos ASC, proximity ASC, field ASC, density DESC, claimed_at DESC NULLS LAST, id ASC";
  } else {
    matched = `SELECT id, claimed_at, ${filterColumns} FROM search_documents ${where}`;
    orderBy = sort === "newest" ? "claimed_at DESC NULLS LAST, id DESC" : "claimed_at ASC NULLS LAST, id ASC";
  }
  const facetValues = (Object.entries(FILTER_COLUMNS) as [FilterField, string][])
    .map(([name, column]) => `SELECT '${name}' AS field, unnest(${column}) AS value FROM matched`)
    .join(" UNION ALL ");

  const sql = `
    WITH matched AS MATERIALIZED (${matched}),
    page AS (SELECT * FROM matched ORDER BY ${orderBy} LIMIT ${param(query.perPage)} OFFSET ${param((query.page - 1) * query.perPage)}),
    facet_counts AS (
      SELECT field, value, count FROM (
        SELECT field, value, count(*)::int AS count, row_number() OVER (PARTITION BY field ORDER BY count(*) DESC, value) AS place
        FROM (${facetValues}) AS v GROUP BY field, value
      ) AS counted WHERE place <= ${MAX_VALUES_PER_FACET}
    )
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT json_agg(ranked.document ORDER BY ${orderBy}) FROM (SELECT p.*, d.document FROM page p JOIN search_documents d ON d.id = p.id) AS ranked) AS page,
      (SELECT json_agg(json_build_object('field', c.field, 'value', c.value, 'label', l.label, 'count', c.count))
         FROM facet_counts c LEFT JOIN search_facet_labels l ON l.field = c.field AND l.value = c.value) AS facets`;
  return { sql, params };
}
