import type { FacetValue, FilterField, SearchDocument, SearchHit } from "./contract";
import { FILTER_FIELDS } from "./contract";
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

export function emptyFacets(): Record<FilterField, FacetValue[]> {
  return Object.fromEntries(FILTER_FIELDS.map((field) => [field, []])) as unknown as Record<FilterField, FacetValue[]>;
}

/** Facet values ordered as readers scan them: most frequent first, then by label. */
export function sortFacetValues(values: FacetValue[]): FacetValue[] {
  return [...values].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
