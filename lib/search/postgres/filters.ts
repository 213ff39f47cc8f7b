import { FILTER_FIELDS, type FilterField, type SearchQuery } from "../contract";

/** Columns of search_documents holding each filter field's values: f_ and the field in snake case. */
export const FILTER_COLUMNS = Object.fromEntries(
  FILTER_FIELDS.map((field) => [field, `f_${field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`]),
) as Record<FilterField, string>;

/**
 * SQL conditions for the query's filters: OR within a field (array overlap), AND across
 * fields; `except` leaves one field's filter out (to count that facet). `param` registers a value and returns its placeholder, so no value is ever
 * spliced into the SQL text.
 */
export function filterConditions(query: SearchQuery, param: (value: unknown) => string, except?: FilterField): string[] {
  const conditions: string[] = [];
  for (const [field, column] of Object.entries(FILTER_COLUMNS) as [FilterField, string][]) {
    const values = field === except ? undefined : query.filters[field];
    if (values?.length) conditions.push(`${column} && ${param(values)}::text[]`);
  }
  // Deprecated claims stay findable, but only for a reader who asks for them by rank; the
  // rank facet itself counts them, so that the reader can.
  if (except !== "rank" && !query.filters.rank?.length) conditions.push(`NOT (f_rank && ARRAY['DEPRECATED']::text[])`);
  // A span overlaps the range when it ends on or after `from` and starts on or before `to`.
  if (query.from) conditions.push(`claimed_at_end >= ${param(query.from)}::date`);
  if (query.to) conditions.push(`claimed_at <= ${param(query.to)}::date`);
  return conditions;
}
