import { ATTRIBUTION_STATUS_LABELS, LANGUAGE_LABELS, RANK_LABELS, SOURCE_TYPE_LABELS, labelFor } from "../domain/labels";
import { lastDayOf, startOfIso } from "../domain/partial-date";
import type { FilterField, Labelled, SearchDocument } from "./contract";
import { FILTER_FIELDS } from "./contract";

// The search document, declared once: what is searched and with what weight, what filters
// and is counted as a facet, what sorts. Both engines derive their index from this (the
// Postgres row in postgres/write.ts, Meilisearch's documents and settings in meilisearch/),
// so a field added here is searched, weighted and filtered alike by both.

/**
 * Weight tiers, most important first. Both engines rank a match in an earlier tier above one
 * in a later tier and do not tell fields of one tier apart: Postgres has four tsvector weights
 * (A–D, one per tier), Meilisearch one searchable attribute per tier, in this order.
 */
export const SEARCH_TIERS = ["quote", "statement", "names", "context"] as const;
export type SearchTier = (typeof SEARCH_TIERS)[number];

export interface SearchableField {
  name: string;
  tier: SearchTier;
  /** The field's texts; each is matched on its own, so a phrase never runs from one into the next. */
  texts(document: SearchDocument): (string | null | undefined)[];
}

const SEARCHABLE_FIELDS: readonly SearchableField[] = [
  // The quote's own words in every language it is given in.
  { name: "text", tier: "quote", texts: (document) => [document.text] },
  { name: "translations", tier: "quote", texts: (document) => document.translations.map((translation) => translation.text) },
  { name: "statements", tier: "statement", texts: (document) => document.statements.map((statement) => statement.text) },
  // Display names and every alias in every language (黃仁勳, Jensen Huang): aliases are
  // indexed, not synonyms, so they are per document and both engines answer alike.
  { name: "speaker", tier: "names", texts: (document) => [document.speaker.name, ...document.speaker.names] },
  // Everyone else who said it: co-speakers, and a misattributed claim's actual speaker.
  { name: "coSpeakers", tier: "names", texts: (document) => otherSpeakers(document).flatMap((person) => [person.name, ...person.names]) },
  { name: "entities", tier: "names", texts: (document) => document.entities.flatMap((entity) => [entity.name, ...entity.names]) },
  { name: "sources", tier: "context", texts: (document) => document.sources.flatMap((source) => [source.title, source.publisher?.name]) },
  // Slugs too (ai-race → ai race).
  { name: "tags", tier: "context", texts: (document) => document.tags.flatMap((tag) => [tag.slug, tag.name]) },
  // Names reached through the speaker's affiliations ("Murati" finds her lab's claims), below
  // every name the claim itself gives.
  { name: "affiliated", tier: "context", texts: (document) => document.affiliated },
];

/** Those named as saying it besides the recorded speaker: co-speakers, and a misattributed claim's actual speaker. */
export function otherSpeakers(document: SearchDocument): (Labelled & { names: string[] })[] {
  const actual = document.misattribution?.actualSpeaker;
  return [...document.coSpeakers, ...(actual ? [actual] : [])];
}

/** Each tier's texts, in declared field order, without empty strings. */
export function tierTexts(document: SearchDocument): Record<SearchTier, string[]> {
  const out = Object.fromEntries(SEARCH_TIERS.map((tier) => [tier, [] as string[]])) as Record<SearchTier, string[]>;
  for (const field of SEARCHABLE_FIELDS) for (const text of field.texts(document)) if (text) out[field.tier].push(text);
  return out;
}

export interface FacetEntry {
  value: string;
  label: string;
}

/**
 * Every filter field is also a facet: its values (a slug, an id, an enum code) filter, and
 * are counted with their labels. Labels come from here, so both engines name values alike.
 */
const FILTERS: Record<FilterField, (document: SearchDocument) => FacetEntry[]> = {
  speaker: (document) => [document.speaker, ...otherSpeakers(document)].map((person) => ({ value: person.slug, label: person.name })),
  org: (document) => labelled(document.orgs),
  entity: (document) => labelled(document.entities),
  source: (document) => document.sources.map((source) => ({ value: String(source.id), label: source.title })),
  sourceType: (document) => document.sources.map((source) => ({ value: source.type, label: labelFor(SOURCE_TYPE_LABELS, source.type) })),
  publisher: (document) =>
    document.sources.flatMap((source) => (source.publisher ? [{ value: source.publisher.slug, label: source.publisher.name }] : [])),
  // The language the words are in, not the languages they were translated into.
  lang: (document) => [{ value: document.lang, label: labelFor(LANGUAGE_LABELS, document.lang) }],
  status: (document) => [{ value: document.status, label: labelFor(ATTRIBUTION_STATUS_LABELS, document.status) }],
  rank: (document) => [{ value: document.rank, label: labelFor(RANK_LABELS, document.rank) }],
  tag: (document) => labelled(document.tags),
};

function labelled(items: { slug: string; name: string }[]): FacetEntry[] {
  return items.map((item) => ({ value: item.slug, label: item.name }));
}

/** Each filter field's values with their labels, each value once per document. */
export function facetEntries(document: SearchDocument): Record<FilterField, FacetEntry[]> {
  const unique = (items: FacetEntry[]) => [...new Map(items.map((item) => [item.value, item])).values()];
  return Object.fromEntries(FILTER_FIELDS.map((field) => [field, unique(FILTERS[field](document))])) as Record<FilterField, FacetEntry[]>;
}

/**
 * The one date: filtered by range (a partial date matches when its span overlaps the range)
 * and sorted by its first day. Null for an undated claim.
 */
export function claimedSpan(document: SearchDocument): { first: string; last: string } | null {
  if (!document.claimedAt) return null;
  const start = startOfIso(document.claimedAt);
  return { first: start.toISOString().slice(0, 10), last: lastDayOf(start, document.claimedAtPrecision) };
}
