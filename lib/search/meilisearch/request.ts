import type { SearchParams } from "meilisearch";
import type { FilterField, SearchQuery } from "../contract";
import { FILTER_FIELDS } from "../contract";
import { parseQuery, type ParsedQuery, type QueryPart } from "../query";
import {
  DATE_ATTRIBUTE,
  DATE_END_ATTRIBUTE,
  FACET_ATTRIBUTES,
  LOCALES,
  PAYLOAD_ATTRIBUTE,
  PRIMARY_KEY,
  dayNumber,
  facetAttribute,
  filterAttribute,
} from "./fields";

/** Hidden unless the reader filters on rank. */
const DEPRECATED_RANK = "DEPRECATED";

/** A double-quoted filter value: backslashes and double quotes escaped, as the filter parser unescapes them. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function dayOf(isoDate: string, name: "from" | "to"): number {
  const day = dayNumber(isoDate);
  if (day === null) throw new RangeError(`Search ${name} date is not an ISO date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  return day;
}

/**
 * Meilisearch's array form: the outer array is AND, each inner array is OR. One inner array
 * per filtered field, one per date bound, and the deprecated rank excluded unless `rank` is
 * filtered. Never empty, because one of those two rank clauses is always there. `except`
 * leaves one field's filter out, to count that field's facet without it.
 */
export function buildFilter(query: SearchQuery, except?: FilterField): string[][] {
  const filter: string[][] = [];
  for (const field of FILTER_FIELDS as readonly FilterField[]) {
    if (field === except) continue;
    const values = [...new Set(query.filters[field] ?? [])];
    if (values.length === 0) continue;
    filter.push(values.map((value) => `${filterAttribute(field)} = ${quoteFilterValue(value)}`));
  }
  // Inclusive bounds on the day numbers; a span overlaps the range when it ends on or after
  // `from` and starts on or before `to`. Undated claims fall outside any range.
  if (query.from) filter.push([`${DATE_END_ATTRIBUTE} >= ${dayOf(query.from, "from")}`]);
  if (query.to) filter.push([`${DATE_ATTRIBUTE} <= ${dayOf(query.to, "to")}`]);
  if (except !== "rank" && !query.filters.rank?.length)
    filter.push([`NOT ${filterAttribute("rank")} = ${quoteFilterValue(DEPRECATED_RANK)}`]);
  return filter;
}

function partString(part: QueryPart): string {
  // A phrase is quoted so its terms must be adjacent and exact (no typos, no prefix); a word
  // the segmenter cut (通義千問 → 通义 千 问) is a phrase already in parseQuery.
  const body = part.kind === "phrase" ? `"${part.terms.join(" ")}"` : part.terms[0]!;
  return part.negated ? `-${body}` : body;
}

/**
 * The `q` Meilisearch gets, from our own parse, so both engines read the same words.
 * Exclusions go first: they take no part in ranking, and this leaves the positive words in
 * the order typed at the end, where "last" drops them from. Meilisearch treats the last word
 * as a prefix unless a space follows it, so a space is added when parseQuery said it is not one.
 */
export function buildQueryString(parsed: ParsedQuery): string {
  const pieces = [...parsed.excluded, ...parsed.parts].map(partString);
  if (pieces.length === 0) return "";
  const last = parsed.parts.at(-1);
  const endsInPrefix = last !== undefined && last.kind === "word" && last.prefix;
  return pieces.join(" ") + (endsInPrefix ? "" : " ");
}

/** Meilisearch considers at most ten query words; the Postgres engine keeps the same ten. */
const MAX_QUERY_PARTS = 10;

/** The query as both engines read it: at most MAX_QUERY_PARTS positive parts. */
export function parseSearchQuery(q: string): ParsedQuery {
  const parsed = parseQuery(q);
  return { parts: parsed.parts.slice(0, MAX_QUERY_PARTS), excluded: parsed.excluded };
}

export type MeiliSearchParams = SearchParams & { page: number; hitsPerPage: number };

function sortFor(query: SearchQuery, parsed: ParsedQuery): string[] | undefined {
  // With no word to rank by, relevance lists the newest first, as the Postgres engine does.
  const sort = query.sort === "relevance" && parsed.parts.length === 0 ? "newest" : query.sort;
  // The document id breaks ties between claims of the same day, in the same direction;
  // undated claims come last either way (Meilisearch puts documents without the value last).
  if (sort === "newest") return [`${DATE_ATTRIBUTE}:desc`, `${PRIMARY_KEY}:desc`];
  if (sort === "oldest") return [`${DATE_ATTRIBUTE}:asc`, `${PRIMARY_KEY}:asc`];
  // Relevance: the ranking rules alone.
  return undefined;
}

/**
 * Fields whose facet is counted without their own filter, each by a query of its own in the
 * same multi-search. Rank always is: without its filter it counts the deprecated claims too,
 * so that a reader can reach them.
 */
export function ownFilterFacetFields(query: SearchQuery): FilterField[] {
  return FILTER_FIELDS.filter((field) => field === "rank" || query.filters[field]?.length);
}

/** The query counting one field's facet without that field's filter: no hits, one facet. */
export function buildOwnFilterFacetParams(
  query: SearchQuery,
  field: FilterField,
  parsed: ParsedQuery = parseSearchQuery(query.q),
): MeiliSearchParams {
  return {
    ...buildSearchParams(query, parsed),
    filter: buildFilter(query, field),
    facets: [facetAttribute(field)],
    page: 1,
    hitsPerPage: 0,
  };
}

/** The second argument of index.search(q, params). */
export function buildSearchParams(query: SearchQuery, parsed: ParsedQuery = parseSearchQuery(query.q)): MeiliSearchParams {
  const sort = sortFor(query, parsed);
  return {
    filter: buildFilter(query),
    // Counts over the whole filtered result set, value and label together (see fields.ts).
    facets: [...FACET_ATTRIBUTES],
    ...(sort ? { sort } : {}),
    // page/hitsPerPage switch Meilisearch to exhaustive counting, so totalHits is exact.
    page: query.page,
    hitsPerPage: query.perPage,
    // Documents with every word first, then those missing words dropped from the right.
    matchingStrategy: "last",
    // Hits are rebuilt from the stored SearchDocument; no engine HTML is asked for or used.
    attributesToRetrieve: [PAYLOAD_ATTRIBUTE],
    // The query is in our normalised form too; tokenise it as the *_norm attributes were.
    locales: LOCALES,
  };
}
