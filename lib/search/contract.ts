// The search engine contract: what every engine (Postgres, Meilisearch) must answer, and the
// shape of the documents they index. Engines receive already-normalised text (see text.ts).

import type { DatePrecision } from "../domain/partial-date";

export const FILTER_FIELDS = ["speaker", "org", "entity", "source", "sourceType", "publisher", "lang", "status", "rank", "tag"] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export const SORTS = ["relevance", "newest", "oldest"] as const;

/** Facet values returned per field, most frequent first (Meilisearch's maxValuesPerFacet). */
export const MAX_VALUES_PER_FACET = 100;
export type SearchSort = (typeof SORTS)[number];

export interface SearchQuery {
  /** Raw query as the reader typed it; engines parse it with parseQuery(). */
  q: string;
  /** OR within a field, AND across fields. Values are the facets' `value`s. */
  filters: Partial<Record<FilterField, string[]>>;
  /**
   * Inclusive ISO dates (YYYY-MM-DD) on when the claim was made. A claim dated only to a month
   * or a year matches when any day of that span falls in the range.
   */
  from?: string;
  to?: string;
  sort: SearchSort;
  /** From 1. */
  page: number;
  perPage: number;
  /** The reader's languages, most preferred first (Accept-Language): the statement a hit shows. */
  languages?: string[];
}

export interface Labelled {
  slug: string;
  name: string;
}

export interface SearchDocumentSource {
  id: number;
  title: string;
  publisher: Labelled | null;
  url: string | null;
  type: string;
}

/** One searchable unit: a quote with its claim, or a claim that has no quote (a figure). */
export interface SearchDocument {
  /** "q<quoteId>" or "c<claimId>". */
  id: string;
  claimId: number;
  claimSlug: string;
  quoteId: number | null;
  text: string;
  lang: string;
  translations: { lang: string; text: string }[];
  statements: { lang: string; text: string }[];
  /** As recorded: for a misattributed claim, the one the words are wrongly attributed to (still found by that name). */
  speaker: Labelled & { names: string[] };
  /** Those who said it together with the speaker; found by their names and under the speaker filter. */
  coSpeakers: (Labelled & { names: string[] })[];
  /** Set when the claim is MISATTRIBUTED: who really said it (null: not known), who misattributed it, and the evidence. */
  misattribution: Misattribution<Labelled & { names: string[] }> | null;
  /** The speaker's organisations (the speaker itself when it is one). */
  orgs: Labelled[];
  entities: (Labelled & { names: string[] })[];
  /**
   * Names the speaker is known by through affiliations: a person's organisations as of the
   * claim's date, an organisation's founders and leaders. Searched with the lowest weight.
   */
  affiliated: string[];
  /** Every source citing the quote or claim; the first is the one shown (primary first). */
  sources: SearchDocumentSource[];
  tags: Labelled[];
  /** "2025", "2025-10" or "2025-10-05": only as precise as the record (lib/domain/partial-date.ts). */
  claimedAt: string | null;
  claimedAtPrecision: DatePrecision | null;
  status: string;
  rank: string;
  /** Why the claim is ranked so; shown with a deprecated claim. */
  rankReason: string | null;
}

export interface Misattribution<P extends Labelled = Labelled> {
  actualSpeaker: P | null;
  by: Labelled | null;
  evidence: string | null;
}

export interface HighlightSegment {
  value: string;
  match: boolean;
}

export interface SearchHit {
  claimId: number;
  claimSlug: string;
  quoteId: number | null;
  text: string;
  lang: string;
  translations: { lang: string; text: string }[];
  /** As recorded; a card names `misattribution.actualSpeaker` instead when the claim is misattributed. */
  speaker: Labelled;
  coSpeakers: Labelled[];
  misattribution: Misattribution | null;
  source: { id: number; title: string; publisher: string | null; url: string | null; type: string } | null;
  /** As in SearchDocument; sorted by the first day of its span. */
  claimedAt: string | null;
  claimedAtPrecision: DatePrecision | null;
  status: string;
  rank: string;
  rankReason: string | null;
  /** The claim's statement shown beside the quote: in the reader's language when there is one, else English. */
  statement: { lang: string; text: string } | null;
  /** Matched words in the text, each translation (in the order of `translations`) and the statement. */
  highlight: { text: HighlightSegment[]; translations: HighlightSegment[][]; statement: HighlightSegment[] };
  /** The names and titles that matched, so a card can say why it was found ("月之暗面, an alias of Moonshot AI"). */
  matchedNames: MatchedName[];
}

/** A name, title or publisher of the claim that holds a matched word; `of` names what it belongs to when it is an alias. */
export interface MatchedName {
  field: "speaker" | "entity" | "affiliated" | "source" | "publisher" | "tag";
  value: string;
  of: string | null;
  segments: HighlightSegment[];
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/** Beyond this many matches an engine may estimate the total and the facet counts. */
export const EXACT_COUNT_THRESHOLD = 2_000;

/**
 * Hits a reader can page through: the Postgres engine ranks at most this many candidates per
 * search, so pages beyond it are not offered (Meilisearch's maxTotalHits plays the same part).
 */
export const PAGEABLE_HITS = 1_000;

export interface SearchResult {
  /** Matching documents; an estimate ("about 36,000") when `totalIsEstimate`. */
  total: number;
  /** True when the engine stopped counting and `total` is extrapolated. */
  totalIsEstimate: boolean;
  page: number;
  perPage: number;
  hits: SearchHit[];
  /** A filtered field's values are counted without its own filter, so the other choices stay visible. */
  facets: Record<FilterField, FacetValue[]>;
  /** True when the facet counts are scaled from part of the matches rather than counted over all of them. */
  facetsAreEstimates: boolean;
}

export interface RebuildProgress {
  done: number;
  total: number;
}

/** Whether the engine answers now; "unavailable" says why, for /api/health and the logs. */
export type EngineHealth = { status: "ok" } | { status: "unavailable"; reason: string };

export const ENTITY_KINDS = ["PERSON", "ORGANIZATION", "PRODUCT"] as const;
export type EntityKindName = (typeof ENTITY_KINDS)[number];

/** One searchable person, organisation or product (lib/search/entity-document.ts declares its fields). */
export interface EntityDocument {
  /** "e<entityId>". */
  id: string;
  entityId: number;
  slug: string;
  kind: EntityKindName;
  /** The display name (English). */
  name: string;
  /** Every name and alias in every language, the display name included. */
  names: { lang: string; value: string }[];
  /** Names of the organisations a person belongs to, of an organisation's people: searched below the entity's own names. */
  related: string[];
  /** One line saying who or what this is ("Founder of Thinking Machines Lab, former Chief Technology Officer of OpenAI"). */
  description: string;
  /** Published, undeprecated claims by or about the entity (an organisation's include its people's), as its page lists them. */
  claimCount: number;
}

export interface EntityQuery {
  /** Raw query as typed; empty lists every entity by name. */
  q: string;
  /** OR; none means every kind. */
  kinds: EntityKindName[];
  page: number;
  perPage: number;
}

export interface EntityHit {
  slug: string;
  kind: EntityKindName;
  name: string;
  names: { lang: string; value: string }[];
  description: string;
  claimCount: number;
  /** The display name's segments, and the other names that hold a matched word ("穆拉蒂"). */
  highlight: { name: HighlightSegment[]; aliases: { value: string; segments: HighlightSegment[] }[] };
}

export interface EntityResult {
  total: number;
  page: number;
  perPage: number;
  hits: EntityHit[];
  /** Matches per kind, counted without the kind filter so the other kinds stay offered. */
  kinds: Record<EntityKindName, number>;
}

export interface SearchEngine {
  readonly name: "postgres" | "meilisearch";
  /** Answers within a short deadline whatever state the engine is in. */
  checkHealth(): Promise<EngineHealth>;
  /** Creates indexes and applies settings; safe to call repeatedly. */
  prepare(): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Resolves only when the engine has durably applied the change. */
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(documentIds: string[]): Promise<void>;
  /** Builds a fresh index aside from batches, then swaps it in; search keeps answering. */
  rebuild(batches: AsyncIterable<SearchDocument[]>, total: number, onProgress?: (progress: RebuildProgress) => void): Promise<void>;
  /** The entity index: the same folding, prefixes and typos as claim search, every word required. */
  searchEntities(query: EntityQuery): Promise<EntityResult>;
  upsertEntities(documents: EntityDocument[]): Promise<void>;
  removeEntities(documentIds: string[]): Promise<void>;
  /** Replaces the whole entity index with these documents; search keeps answering. */
  rebuildEntities(documents: EntityDocument[]): Promise<void>;
}
