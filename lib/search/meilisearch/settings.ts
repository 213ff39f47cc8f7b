import type { Settings } from "meilisearch";
import { MAX_VALUES_PER_FACET } from "../contract";
import {
  DATE_ATTRIBUTE,
  DATE_END_ATTRIBUTE,
  FACET_ATTRIBUTES,
  FILTER_ATTRIBUTES,
  LOCALES,
  PAYLOAD_ATTRIBUTE,
  PRIMARY_KEY,
  SEARCHABLE_ATTRIBUTES,
} from "./fields";

/** The most hits Meilisearch counts; totals above it are capped (see docs/SEARCH.md). */
export const MAX_TOTAL_HITS = 100_000;

/**
 * Ranking rules, the Postgres engine's table of rules (postgres/ranking.ts) in the same order.
 * "sort" comes first, so newest and oldest are date order over every match; without a
 * requested sort it does nothing. `attributeRank` without `wordPosition`: the tier a word is
 * found in counts, not how far into the text it stands, as in the Postgres engine's `field`.
 * Ties go to the newer claim, then the lower id.
 */
const RANKING_RULES = ["sort", "words", "typo", "proximity", "attributeRank", "exactness", `${DATE_ATTRIBUTE}:desc`, `${PRIMARY_KEY}:asc`];

/**
 * Characters Intl.Segmenter keeps inside a word (u.s, 1,000, qwen2.5, a_b). The
 * normalised text has no other punctuation, so with these no longer separators Meilisearch
 * cuts exactly at our spaces, and a word is one token in both engines.
 */
const WORD_INTERNAL_TOKENS = [".", ":", "\u00b7", "\u2027", ",", ";", "_", "\u2044", "\u202f"];

/** How text is tokenised and matched: the same for the claims index and the entity index. */
export const TEXT_SETTINGS = {
  // The budget allowedTypos() in text.ts mirrors: one typo from 5 letters, two from 9.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  // No synonyms: a speaker's or entity's aliases (黃仁勳, Jensen Huang) are indexed in
  // speaker_norm/entities_norm, so an alias finds the document without query expansion,
  // and the Postgres engine, which has no synonyms, answers the same.
  synonyms: {},
  // No stop words: a quoted phrase must match every word, "the" included.
  stopWords: [],
  // Words are cut at our spaces only (see WORD_INTERNAL_TOKENS).
  nonSeparatorTokens: WORD_INTERNAL_TOKENS,
  // The *_norm text is already Simplified and space-separated by text.ts; declaring the
  // locales keeps Meilisearch from guessing a language per field (see LOCALES).
  localizedAttributes: [{ attributePatterns: ["*_norm"], locales: LOCALES }],
} satisfies Settings;

/** The index settings, applied as a whole by prepare() and rebuild(). */
export function buildIndexSettings(): Settings {
  return {
    // Only our normalised copies are searched, one attribute per declared tier, in its order.
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    // f_* filter on plain values, l_* carry value and label for facet counts, dates filter by range.
    filterableAttributes: [...FILTER_ATTRIBUTES, ...FACET_ATTRIBUTES, DATE_ATTRIBUTE, DATE_END_ATTRIBUTE],
    // Newest/oldest sort by day, then by document id so equal days keep a stable order.
    sortableAttributes: [DATE_ATTRIBUTE, PRIMARY_KEY],
    rankingRules: RANKING_RULES,
    // No facet-value search box exists; skip building its structures.
    facetSearch: false,
    // Keep the most frequent values when a field has more than the cap.
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { "*": "count" } },
    // page/hitsPerPage counts exhaustively, but never past this.
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    ...TEXT_SETTINGS,
    // Hits return only the stored SearchDocument; the normalised copies stay internal.
    displayedAttributes: [PRIMARY_KEY, PAYLOAD_ATTRIBUTE],
  };
}
