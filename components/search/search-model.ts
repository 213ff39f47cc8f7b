import { PAGEABLE_HITS, type EntityHit, type FacetValue, type FilterField, type SearchHit, type SearchResult } from "@/lib/search/contract";
import { ATTRIBUTION_STATUS_LABELS, LANGUAGE_LABELS, RANK_LABELS, SOURCE_TYPE_LABELS, labelFor } from "@/lib/domain/labels";

/** The facets shown as panels, in the order readers narrow a search. */
export const FACET_FIELDS = [
  "speaker",
  "org",
  "entity",
  "sourceType",
  "publisher",
  "lang",
  "status",
  "rank",
  "tag",
] as const satisfies readonly FilterField[];

export const FIELD_LABELS: Record<FilterField, string> = {
  speaker: "Speaker",
  org: "Organisation",
  entity: "About",
  source: "Source",
  sourceType: "Source type",
  publisher: "Publisher",
  lang: "Original language",
  status: "Attribution",
  rank: "Rank",
  tag: "Topic",
};

export type Facets = Record<FilterField, FacetValue[]>;

export interface SearchPageResult {
  total: number;
  totalIsEstimate: boolean;
  page: number;
  perPage: number;
  hits: SearchHit[];
  facets: Facets;
  /** Names of chosen filter values that the facets do not count ("speaker=jensen-huang" → "Jensen Huang"). */
  labels: Record<string, string>;
  /** People, organisations and products matching the words: the search box's suggestions. */
  entities: EntityHit[];
}

/** What one search address came to; `key` is its normalised parameters. */
export type SearchOutcome =
  | { kind: "results"; result: SearchPageResult }
  | { kind: "invalid"; fields: Record<string, string> }
  | { kind: "unavailable"; message: string }
  | { kind: "offline" };

export interface SearchView {
  key: string;
  outcome: SearchOutcome;
}

/** The page's result: the engine already counts each filtered facet without its own filter. */
export function pageResult(main: SearchResult & { entities?: EntityHit[] }): SearchPageResult {
  return {
    total: main.total,
    totalIsEstimate: main.totalIsEstimate,
    page: main.page,
    perPage: main.perPage,
    hits: main.hits,
    facets: main.facets,
    labels: {},
    entities: main.entities ?? [],
  };
}

/** Chosen values no facet names (a search that finds nothing counts nothing). */
export function unnamedChoices(result: SearchPageResult, filters: Partial<Record<FilterField, string[]>>): [FilterField, string][] {
  return (Object.entries(filters) as [FilterField, string[]][]).flatMap(([field, values]) =>
    values
      .filter((value) => !ENUM_LABELS[field] && !result.facets[field].some((facet) => facet.value === value))
      .map((value) => [field, value] as [FilterField, string]),
  );
}

/** Names those values from the facets of a search over everything. */
export function withLabels(result: SearchPageResult, unnamed: [FilterField, string][], everything: SearchResult): SearchPageResult {
  const labels = { ...result.labels };
  for (const [field, value] of unnamed) {
    const label = everything.facets[field].find((facet) => facet.value === value)?.label;
    if (label) labels[`${field}=${value}`] = label;
  }
  return { ...result, labels };
}

const ENUM_LABELS: Partial<Record<FilterField, Record<string, string>>> = {
  status: ATTRIBUTION_STATUS_LABELS,
  lang: LANGUAGE_LABELS,
  sourceType: SOURCE_TYPE_LABELS,
  rank: RANK_LABELS,
};

/** A filter value's name: from the facets when they count it, else from the labels found for it. */
export function valueLabel(result: Pick<SearchPageResult, "facets" | "labels"> | undefined, field: FilterField, value: string): string {
  const known = result?.facets[field].find((facet) => facet.value === value)?.label ?? result?.labels[`${field}=${value}`];
  if (known) return known;
  const labels = ENUM_LABELS[field];
  return labels ? labelFor(labels, value) : value;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

/** "12 results", or "about 36,000 results" when the engine estimated the total. */
export function resultCount(result: Pick<SearchPageResult, "total" | "totalIsEstimate">): string {
  return `${result.totalIsEstimate ? "about " : ""}${plural(result.total, "result", "results")}`;
}

/** Pages offered: every page of the hits, but none beyond those the engines rank (PAGEABLE_HITS). */
export function pageCount(result: Pick<SearchPageResult, "total" | "perPage">): number {
  return Math.max(1, Math.ceil(Math.min(result.total, PAGEABLE_HITS) / result.perPage));
}

const PARAM_NAMES: Record<string, string> = {
  q: "The search words",
  from: "The start date",
  to: "The end date",
  sort: "The order",
  page: "The page number",
  perPage: "The page size",
  ...FIELD_LABELS,
};

/** A validation message from the parameter parser in plain words: "The end date must not be before from". */
export function describeProblem(field: string, message: string): string {
  return `${PARAM_NAMES[field] ?? `“${field}”`} ${message.replace(/\bfrom\b/, "the start date")}.`;
}
