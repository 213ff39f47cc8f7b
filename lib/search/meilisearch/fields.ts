import type { FilterField } from "../contract";
import { FILTER_FIELDS } from "../contract";
import { SEARCH_TIERS, type SearchTier } from "../search-document";

// The attribute names of the Meilisearch documents, shared by settings, documents and requests
// so that the three cannot drift apart.

/** One searchable attribute per declared tier (search-document.ts), in its order: `attributeRank` prefers earlier ones. */
export type SearchableAttribute = `${SearchTier}_norm`;
export const searchableAttribute = (tier: SearchTier): SearchableAttribute => `${tier}_norm`;
export const SEARCHABLE_ATTRIBUTES: readonly SearchableAttribute[] = SEARCH_TIERS.map(searchableAttribute);

/** The attribute filtered on: the plain facet value (a slug, an id, an enum code). */
export type FilterAttribute = `f_${FilterField}`;
/** The attribute counted for facets: the value with its label attached (see encodeLabelled). */
export type FacetAttribute = `l_${FilterField}`;

export function filterAttribute(field: FilterField): FilterAttribute {
  return `f_${field}`;
}

export function facetAttribute(field: FilterField): FacetAttribute {
  return `l_${field}`;
}

export const FILTER_ATTRIBUTES: FilterAttribute[] = FILTER_FIELDS.map(filterAttribute);
export const FACET_ATTRIBUTES: FacetAttribute[] = FILTER_FIELDS.map(facetAttribute);

/** Day number (days since 1970-01-01) of when the claim was made; numeric so ranges can filter it. */
export const DATE_ATTRIBUTE = "claimedAtDays";
/** Day number of the last day of that date's span (a month, a year), for range filters that overlap it. */
export const DATE_END_ATTRIBUTE = "claimedAtEndDays";
/** The SearchDocument as given, returned with each hit so hits are built by our own code. */
export const PAYLOAD_ATTRIBUTE = "doc";
export const PRIMARY_KEY = "id";

/**
 * Locales of every `*_norm` attribute, and of queries. The text there is already folded to
 * Simplified and cut into space-separated words by text.ts; naming the languages stops
 * Meilisearch from guessing per field (a short Han string can be taken for Japanese and go
 * through a different segmenter and normaliser than the query), so both sides tokenise alike.
 */
export const LOCALES = ["cmn", "eng"];

/** Between a facet value and its label. A control character: no slug, id or code contains it. */
const LABEL_SEPARATOR = "\u001f";

export function encodeLabelled(value: string, label: string): string {
  return `${value}${LABEL_SEPARATOR}${label}`;
}

export function decodeLabelled(encoded: string): { value: string; label: string } {
  const at = encoded.indexOf(LABEL_SEPARATOR);
  if (at < 0) return { value: encoded, label: encoded };
  return { value: encoded.slice(0, at), label: encoded.slice(at + LABEL_SEPARATOR.length) };
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The day number of an ISO date (YYYY-MM-DD, or a timestamp whose date part is read as written),
 * or null when it is not one.
 */
export function dayNumber(isoDate: string): number | null {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC rolls 2025-02-30 over into March; refuse it instead.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.floor(time / DAY_MS);
}
