import type { FacetValue, FilterField, SearchDocument, SearchHit } from "./contract";
import { FILTER_FIELDS } from "./contract";
import { ATTRIBUTION_STATUS_LABELS, LANGUAGE_LABELS, RANK_LABELS, SOURCE_TYPE_LABELS, labelFor } from "../domain/labels";
import { highlight } from "./highlight";

/** Turns an indexed document into what the API returns, highlighting the quote text. */
export function toHit(document: SearchDocument, isMatch: (term: string) => boolean): SearchHit {
  const source = document.sources[0];
  return {
    claimId: document.claimId,
    claimSlug: document.claimSlug,
    quoteId: document.quoteId,
    text: document.text,
    lang: document.lang,
    translations: document.translations,
    speaker: { slug: document.speaker.slug, name: document.speaker.name },
    source: source ? { id: source.id, title: source.title, publisher: source.publisher?.name ?? null, url: source.url, type: source.type } : null,
    claimedAt: document.claimedAt,
    claimedAtPrecision: document.claimedAtPrecision,
    status: document.status,
    rank: document.rank,
    highlight: { text: highlight(document.text, isMatch), translations: document.translations.map((translation) => highlight(translation.text, isMatch)) },
  };
}

/**
 * The value and label each filter field takes from a document. Engines index the values and
 * count them; labels come from here so both engines name facet values the same way.
 */
export function facetEntries(document: SearchDocument): Record<FilterField, { value: string; label: string }[]> {
  const labelled = (items: { slug: string; name: string }[]) => items.map((item) => ({ value: item.slug, label: item.name }));
  const unique = <T extends { value: string }>(items: T[]) => [...new Map(items.map((item) => [item.value, item])).values()];
  return {
    speaker: [{ value: document.speaker.slug, label: document.speaker.name }],
    org: labelled(document.orgs),
    entity: labelled(document.entities),
    source: document.sources.map((source) => ({ value: String(source.id), label: source.title })),
    sourceType: unique(document.sources.map((source) => ({ value: source.type, label: labelFor(SOURCE_TYPE_LABELS, source.type) }))),
    publisher: unique(document.sources.flatMap((source) => (source.publisher ? [{ value: source.publisher.slug, label: source.publisher.name }] : []))),
    // The language the words are in, not the languages they were translated into.
    lang: [{ value: document.lang, label: labelFor(LANGUAGE_LABELS, document.lang) }],
    status: [{ value: document.status, label: labelFor(ATTRIBUTION_STATUS_LABELS, document.status) }],
    rank: [{ value: document.rank, label: labelFor(RANK_LABELS, document.rank) }],
    tag: labelled(document.tags),
  };
}

export function emptyFacets(): Record<FilterField, FacetValue[]> {
  return Object.fromEntries(FILTER_FIELDS.map((field) => [field, []])) as unknown as Record<FilterField, FacetValue[]>;
}

/** Facet values ordered as readers scan them: most frequent first, then by label. */
export function sortFacetValues(values: FacetValue[]): FacetValue[] {
  return [...values].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
