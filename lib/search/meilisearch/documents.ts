import type { FilterField, SearchDocument } from "../contract";
import { FILTER_FIELDS } from "../contract";
import { SEARCH_TIERS, claimedSpan, facetEntries, tierTexts } from "../search-document";
import { normalizeText } from "../text";
import type { FacetAttribute, FilterAttribute, SearchableAttribute } from "./fields";
import { dayNumber, encodeLabelled, facetAttribute, filterAttribute, searchableAttribute } from "./fields";

/**
 * What Meilisearch stores for one SearchDocument, derived from its declaration
 * (search-document.ts). Searchable text is our normalised form (Meilisearch never sees raw
 * text, so it tokenises exactly the terms the Postgres engine sees), one attribute per tier;
 * arrays keep separate strings apart, so a phrase cannot run from one alias into the next.
 */
export type MeiliDocument = {
  id: string;
  doc: SearchDocument;
  claimedAtDays: number | null;
  claimedAtEndDays: number | null;
} & Record<SearchableAttribute, string[]> &
  Record<FilterAttribute, string[]> &
  Record<FacetAttribute, string[]>;

/** Normalised, without empty strings or repeats, in first-seen order. */
function normalizedList(texts: string[]): string[] {
  return [...new Set(texts.map(normalizeText).filter(Boolean))];
}

function facetFields(doc: SearchDocument): Record<FilterAttribute, string[]> & Record<FacetAttribute, string[]> {
  const entries = facetEntries(doc);
  const fields = {} as Record<FilterAttribute, string[]> & Record<FacetAttribute, string[]>;
  for (const field of FILTER_FIELDS as readonly FilterField[]) {
    fields[filterAttribute(field)] = entries[field].map((entry) => entry.value);
    fields[facetAttribute(field)] = entries[field].map((entry) => encodeLabelled(entry.value, entry.label));
  }
  return fields;
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const texts = tierTexts(doc);
  const searchable = Object.fromEntries(SEARCH_TIERS.map((tier) => [searchableAttribute(tier), normalizedList(texts[tier])])) as Record<
    SearchableAttribute,
    string[]
  >;
  const span = claimedSpan(doc);
  return {
    id: doc.id,
    doc,
    ...searchable,
    ...facetFields(doc),
    claimedAtDays: span ? dayNumber(span.first) : null,
    claimedAtEndDays: span ? dayNumber(span.last) : null,
  };
}
