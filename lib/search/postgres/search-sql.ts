import { EXACT_COUNT_THRESHOLD, FILTER_FIELDS, MAX_VALUES_PER_FACET, PAGEABLE_HITS, type FilterField, type SearchQuery } from "../contract";
import type { ParsedQuery } from "../query";
import { FILTER_COLUMNS, filterConditions } from "./filters";
import { RELEVANCE_RULES, DATE_RULES, type TsqueryOf } from "./ranking";
import { excludedQuery, leadingPartsQuery } from "./tsquery";
import { tsquerySql, typoVariantsCte } from "./typos";

/** The constants that bound a search's work; docs/SEARCH.md says how to tune them. */
export interface SearchLimits {
  /** Candidates ranked by the full rules, and so the hits a reader can page through. */
  candidates: number;
  /** Matches counted, facet values included, before the total and the facets are extrapolated. */
  counted: number;
}

export const DEFAULT_LIMITS: SearchLimits = { candidates: PAGEABLE_HITS, counted: EXACT_COUNT_THRESHOLD };

/**
 * One statement answers a search, with work bounded by constants rather than by the number
 * of matches (docs/SEARCH.md, "Bounded work"):
 * - relevance ranks at most `candidates`, gathered tier by tier (every word, then
 *   one word fewer…) in index order, so a tier is only read while the cap is not reached;
 * - the total and the facets count up to `counted` matches in one pass, then extrapolate
 *   from how far into the table that many matches reached; a filtered field's facet is
 *   counted without its own filter, in the same statement.
 */
export function buildSearchSql(
  query: SearchQuery,
  parsed: ParsedQuery,
  limits: SearchLimits = DEFAULT_LIMITS,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const tsquery: TsqueryOf = (count, options) => tsquerySql(leadingPartsQuery(parsed, count, options), param);
  // Typo variants are looked up by this statement itself: one round trip per search.
  const typoVariants = typoVariantsCte(parsed, param);

  const n = parsed.parts.length;
  const textConditions: string[] = [];
  if (n > 0) textConditions.push(`tsv @@ ${tsquery(1, { typos: true })}`);
  const excluded = excludedQuery(parsed);
  if (excluded) textConditions.push(`NOT (tsv @@ ${param(excluded)}::tsquery)`);
  // Each WHERE is built (and its values registered as parameters) only when the statement uses
  // it: Postgres refuses a parameter it never sees, being unable to type it.
  const wheres = new Map<FilterField | undefined, string>();
  const where = (except?: FilterField) => {
    if (!wheres.has(except)) {
      const conditions = [...filterConditions(query, param, except), ...textConditions];
      wheres.set(except, conditions.length ? `WHERE ${conditions.join(" AND ")}` : "");
    }
    return wheres.get(except)!;
  };

  const sort = query.sort === "relevance" && n === 0 ? "newest" : query.sort;
  const offset = Math.min((query.page - 1) * query.perPage, limits.candidates);
  const limit = Math.max(0, Math.min(query.perPage, limits.candidates - offset));
  const rules = sort === "relevance" ? RELEVANCE_RULES : DATE_RULES[sort];
  const columns = rules.map((rule) => `${rule.expression({ tsquery, words: n })} AS ${rule.name}`).join(", ");
  const orderBy = (prefix = "") => rules.map((rule) => `${prefix}${rule.name} ${rule.direction}`).join(", ");
  // Scope 0 counts every unfiltered facet under all filters; each filtered field has its own
  // scope without its filter. A scope's count also sizes the scaling of its sampled facets.
  // Rank always has its own scope: counted without its filter it includes the deprecated claims.
  // Under the default rank filter (deprecated hidden), scope 0 is the rank scope's sample less
  // its deprecated rows, so the two share one scan of the index and the table.
  const filtered = FILTER_FIELDS.filter((field) => field === "rank" || query.filters[field]?.length);
  const rankScope = filtered.indexOf("rank") + 1;
  const sharesRankScan = !query.filters.rank?.length;
  const scopes = [
    { fields: FILTER_FIELDS.filter((field) => !filtered.includes(field)), except: undefined },
    ...filtered.map((field) => ({ fields: [field], except: field })),
  ];
  const sampleColumns = (i: number) =>
    (i === rankScope && sharesRankScan ? [...scopes[0]!.fields, "rank" as const] : scopes[i]!.fields)
      .map((field) => FILTER_COLUMNS[field])
      .join(", ");
  const estimate = (i: number, read: number) =>
    `CASE WHEN NOT (SELECT estimated FROM reach_${read}) THEN count(*) ELSE greatest(count(*), round(count(*) * (SELECT pages FROM table_pages) / (SELECT blocks FROM reach_${read})))::bigint END::int`;
  const scopeCtes = scopes.flatMap((scope, i) => {
    const shared = i === 0 && sharesRankScan;
    const read = shared ? rankScope : i;
    return [
      shared
        ? `matches_0 AS MATERIALIZED (SELECT * FROM matches_${rankScope} WHERE NOT (f_rank && ARRAY['DEPRECATED']::text[]))`
        : `matches_${i} AS MATERIALIZED (SELECT ctid, ${sampleColumns(i)} FROM search_documents ${where(scope.except)} LIMIT ${limits.counted + 1})`,
      // Matches come in table order, so the block the last one read sits in says how much of
      // the table held them: the estimate scales the count by the share not yet read.
      ...(shared
        ? []
        : [
            `reach_${i} AS (SELECT count(*) > ${limits.counted} AS estimated, max((ctid::text::point)[0]) + 1 AS blocks FROM matches_${i})`,
          ]),
      `count_${i} AS (SELECT count(*) AS sampled, (SELECT estimated FROM reach_${read}) AS estimated, ${estimate(i, read)} AS total FROM matches_${i})`,
    ];
  });
  // Scope 0 must come after the rank scope it reads.
  if (sharesRankScan) scopeCtes.push(...scopeCtes.splice(0, 2));

  let page: string;
  if (sort === "relevance") {
    // Tier k holds the documents with exactly the first k words. Append runs its branches in
    // order and the LIMIT stops it, so once the cap is met the later tiers are never read.
    // One word: its only tier is scope 0's sample, already read, so the candidates are fetched
    // by row address (a TID scan) instead of searching the index again.
    const fromSample = n === 1 && limits.candidates <= limits.counted;
    const tiers = fromSample
      ? `SELECT id, claimed_at, tsv, 1 AS words FROM search_documents WHERE ctid = ANY(ARRAY(SELECT ctid FROM matches_0 LIMIT ${limits.candidates}))`
      : Array.from({ length: n }, (_, i) => {
          const k = n - i;
          const fewer = k < n ? ` AND NOT (tsv @@ ${tsquery(k + 1, { typos: true })})` : "";
          return `(SELECT id, claimed_at, tsv, ${k} AS words FROM search_documents ${where()} AND tsv @@ ${tsquery(k, { typos: true })}${fewer})`;
        }).join(" UNION ALL ");
    // "tsv || ''" decompresses each candidate's tsvector once for the rules' several tests.
    page = `SELECT id, ${columns}
      FROM (SELECT id, claimed_at, words, tsv || ''::tsvector AS tsv FROM (${tiers} LIMIT ${limits.candidates}) AS capped OFFSET 0) AS candidates
      ORDER BY ${orderBy()} LIMIT ${limit} OFFSET ${offset}`;
  } else {
    page = `SELECT id, ${columns} FROM search_documents ${where()} ORDER BY ${orderBy()} LIMIT ${limit} OFFSET ${offset}`;
  }

  const facetValues = scopes
    .flatMap((scope, i) =>
      scope.fields.map((field) => `SELECT '${field}' AS field, unnest(${FILTER_COLUMNS[field]}) AS value, ${i} AS scope FROM matches_${i}`),
    )
    .join(" UNION ALL ");
  const scaled = (i: number) => `(SELECT total::numeric / greatest(sampled, 1) FROM count_${i})`;

  const sql = `
    WITH ${typoVariants ? `${typoVariants},` : ""}
    table_pages AS (SELECT greatest(pg_relation_size('search_documents') / current_setting('block_size')::int, 1) AS pages),
    ${scopeCtes.join(",\n    ")},
    page AS MATERIALIZED (${page}),
    facet_counts AS (
      SELECT field, value, count FROM (
        SELECT field, value, round(count(*) * CASE scope ${scopes.map((_, i) => `WHEN ${i} THEN ${scaled(i)}`).join(" ")} END)::int AS count,
          row_number() OVER (PARTITION BY field ORDER BY count(*) DESC, value) AS place
        FROM (${facetValues}) AS v GROUP BY field, value, scope
      ) AS counted WHERE place <= ${MAX_VALUES_PER_FACET}
    )
    SELECT
      (SELECT total FROM count_0) AS total,
      (SELECT estimated FROM count_0) AS total_is_estimate,
      (SELECT bool_or(estimated) FROM (${scopes.map((_, i) => `SELECT * FROM count_${i}`).join(" UNION ALL ")}) AS s) AS facets_are_estimates,
      (SELECT json_agg(d.document ORDER BY ${orderBy("p.")}) FROM page p JOIN search_documents d ON d.id = p.id) AS page,
      (SELECT json_agg(json_build_object('field', c.field, 'value', c.value, 'count', c.count,
         'label', (SELECT l.label FROM search_facet_labels l WHERE l.field = c.field AND l.value = c.value)))
         FROM facet_counts c) AS facets`;
  return { sql, params };
}
