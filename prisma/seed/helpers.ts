// Small constructors that keep the claim files readable. They only shape data: whether a
// citation really occurs in its source is checked by the loader before anything is written.

import type { CorpusCitation, CorpusQuoteTranslation, Lang } from "./corpus-types";
import { ARTICLE } from "./sources";

/** The article relays these words at `paragraph`, between `prefix` and `suffix`. */
export function inArticle(paragraph: number, exact: string, prefix?: string, suffix?: string): CorpusCitation {
  return { source: ARTICLE, role: "RELAY", paragraph, exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

/** The original source shows exactly these words. */
export function inPrimary(source: string, exact: string, page?: string): CorpusCitation {
  return { source, role: "PRIMARY", exact, ...(page ? { page } : {}) };
}

/** A value the original dataset or chart gives, and what it measures: a figure, not words. */
export function figureIn(source: string, value: string, measure: string): CorpusCitation {
  return { source, role: "PRIMARY", kind: "FIGURE", exact: value, measure };
}

/** A translation made by Claimtrail's editors, from the relayed Chinese wording. */
export function translatedByClaimtrail(lang: Lang, text: string): CorpusQuoteTranslation {
  return { lang, text, translator: "Claimtrail", source: null, isOfficial: false };
}

/** A translation as a source printed it (not an official one). */
export function translatedIn(source: string, lang: Lang, text: string): CorpusQuoteTranslation {
  return { lang, text, translator: null, source, isOfficial: false };
}
