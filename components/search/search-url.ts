import { FILTER_FIELDS, SORTS, type FilterField, type SearchSort } from "@/lib/search/contract";
import { searchPath } from "@/lib/routes";

// The search page's address is its state: the same parameter names as GET /api/search.
// Pure helpers shared by the server page and the client component.

const SCALAR_KEYS = ["q", "from", "to", "sort", "page", "perPage"] as const;
const KNOWN_KEYS: ReadonlySet<string> = new Set([...FILTER_FIELDS, ...SCALAR_KEYS]);
/** Values that say nothing the parser would not assume. */
const DEFAULTS: Record<string, string> = { sort: "relevance", page: "1", perPage: "20" };

/** Typing waits this long after the last keystroke before it searches (the read limit allows for it). */
export const SEARCH_DEBOUNCE_MS = 150;

export type PageParams = Record<string, string | string[] | undefined>;

/** A page's `searchParams` object as URLSearchParams. */
export function fromRecord(record: PageParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

/**
 * The parameters the search reads, in a stable order: the query trimmed, blank and default
 * values dropped (a plain GET form sends `from=` when the date is empty) and foreign ones
 * ignored (`utm_source`, `fbclid`, …), so a shared or hand-edited address still searches.
 */
export function searchParamsOf(params: URLSearchParams): URLSearchParams {
  const entries = [...params]
    .map(([key, value]): [string, string] => [key, key === "q" ? value.trim() : value])
    .filter(([key, value]) => KNOWN_KEYS.has(key) && value.trim() !== "" && DEFAULTS[key] !== value);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(entries);
}

/** The page address for these parameters, through the shared route builder. */
export function hrefOf(params: URLSearchParams): string {
  const record: Record<string, string[]> = {};
  for (const [key, value] of params) (record[key] ??= []).push(value);
  return searchPath(record);
}

/** A copy of `params` changed by `edit`; any change but a page change starts again at page 1. */
function withChange(params: URLSearchParams, edit: (next: URLSearchParams) => void): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete("page");
  edit(next);
  return searchParamsOf(next);
}

export function toggleValue(params: URLSearchParams, field: FilterField, value: string): URLSearchParams {
  return withChange(params, (next) => {
    if (next.has(field, value)) next.delete(field, value);
    else next.append(field, value);
  });
}

export function withoutValue(params: URLSearchParams, field: string, value?: string): URLSearchParams {
  return withChange(params, (next) => next.delete(field, value));
}

export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page > 1) next.set("page", String(page));
  else next.delete("page");
  return searchParamsOf(next);
}

/** Every filter and the date range removed; the query and sort kept. */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  return withChange(params, (next) => {
    for (const field of [...FILTER_FIELDS, "from", "to"]) next.delete(field);
  });
}

export interface PageState {
  q: string;
  filters: Partial<Record<FilterField, string[]>>;
  from: string;
  to: string;
  sort: SearchSort;
  page: number;
}

/** What the controls show for these parameters (lenient: validation is the API's job). */
export function pageState(params: URLSearchParams): PageState {
  const filters: PageState["filters"] = {};
  for (const field of FILTER_FIELDS) {
    const values = params.getAll(field);
    if (values.length) filters[field] = values;
  }
  const sort = params.get("sort") ?? "";
  const page = Number(params.get("page") ?? "1");
  return {
    q: params.get("q") ?? "",
    filters,
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as SearchSort) : "relevance",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}
