// The shape of a Claimtrail corpus: records as plain data, referring to each other by stable
// keys (entity slugs, source keys, claim keys, tag slugs), never by database ids. The loader
// (lib/seed/load-corpus.ts) resolves the keys, checks them, and writes what is missing.

import type {
  AttributionStatus,
  CitationKind,
  CitationRole,
  ClaimRank,
  ClaimRelationKind,
  DatePrecision,
  EntityKind,
  NameKind,
  SourceRelationKind,
  SourceType,
} from "../../lib/db/generated/enums";
import type { TranslationFields } from "../../lib/quotes/quote-fields";

/** BCP 47 tags used in this corpus. */
export type Lang = "en" | "zh-Hant" | "zh-Hans";

/**
 * A date as precise as it is known: "2025" with YEAR, "2025-11" with MONTH, "2025-11-10"
 * with DAY. The loader stores the first day of the period and the precision next to it.
 */
export type PartialDate = string;

export interface CorpusEntityName {
  lang: Lang;
  value: string;
  /** At most one NAME per entity and language; every other form is an ALIAS. */
  kind: NameKind;
}

export interface CorpusEntity {
  slug: string;
  kind: EntityKind;
  /** Display name in English. */
  name: string;
  /** Only when the item is known for certain. */
  wikidataId?: string;
  description?: string;
  names: CorpusEntityName[];
}

export interface CorpusAffiliation {
  person: string;
  organization: string;
  role: string;
  /** Full dates only ("YYYY-MM-DD"): the column has no precision, so uncertain dates are left out. */
  startDate?: string;
  endDate?: string;
}

export interface CorpusTag {
  slug: string;
  label: string;
}

/** CSL name variable: a person's parts, or a literal for organisations. */
export type CslName = { family: string; given?: string } | { literal: string };

export interface CorpusSource {
  key: string;
  type: SourceType;
  /** The work's own title; a descriptive title in [square brackets] when the title is not known. */
  title: string;
  containerTitle: string | null;
  /** Entity slug. */
  publisher: string | null;
  authors: CslName[];
  issued: PartialDate | null;
  issuedPrecision: DatePrecision | null;
  /** Only when the exact address is known; otherwise null. */
  url: string | null;
  lang: Lang;
}

/** `from` republishes / translates / quotes / is derived from `to`. */
export interface CorpusSourceRelation {
  from: string;
  to: string;
  kind: SourceRelationKind;
  note?: string;
}

/** W3C TextQuoteSelector plus a locator, in one source. */
export interface CorpusCitation {
  source: string;
  role: CitationRole;
  /** QUOTATION when left out. A FIGURE's `exact` is the value as the source gives it, and `measure` what it is of. */
  kind?: CitationKind;
  measure?: string;
  /** 1-based index of the non-empty paragraph, for sources whose text the corpus holds. */
  paragraph?: number;
  page?: string;
  startSeconds?: number;
  endSeconds?: number;
  /** The words exactly as this source shows them. */
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** A translation's stored fields, with the source it is taken from named by its corpus key. */
export type CorpusQuoteTranslation = Omit<TranslationFields, "lang" | "sourceId"> & { lang: Lang; source: string | null };

export interface CorpusQuote {
  /** Verbatim words, in `lang`; `spokenLang` is the language they were first said in. */
  text: string;
  lang: Lang;
  spokenLang: Lang;
  translations: CorpusQuoteTranslation[];
  citations: CorpusCitation[];
}

export interface CorpusClaim {
  key: string;
  /** Lowercase ASCII kebab-case; with the speaker, the claim's natural key. */
  slug: string;
  speaker: string;
  claimedAt: PartialDate | null;
  claimedAtPrecision: DatePrecision | null;
  status: AttributionStatus;
  rank: ClaimRank;
  rankReason?: string;
  /** The normalised assertion, one per language. */
  statements: Partial<Record<Lang, string>>;
  /** Entity slugs of those who said it together with the speaker (co-authors). */
  coSpeakers?: string[];
  /** Entity slugs the claim is about. */
  about: string[];
  /** Tag slugs. */
  tags: string[];
  quotes: CorpusQuote[];
  /** Citations of the claim as a whole: only for claims without quotes. */
  citations: CorpusCitation[];
}

/** `from` walks back / supports / … `to`, as of `relatedAt`, on the evidence of `source`. */
export interface CorpusClaimRelation {
  from: string;
  to: string;
  kind: ClaimRelationKind;
  relatedAt?: string;
  source?: string;
  note?: string;
}

/** A source's full text, stored as its snapshot: every citation of the source is anchored in it. */
export interface CorpusDocument {
  source: string;
  text: string;
  /** "YYYY-MM-DD" */
  capturedAt: string;
  origin: "PASTED" | "ARCHIVED_COPY" | "TRANSCRIPT";
}

export interface Corpus {
  /** Written into every revision the loader records. */
  revisionReason: string;
  documents: CorpusDocument[];
  entities: CorpusEntity[];
  affiliations: CorpusAffiliation[];
  tags: CorpusTag[];
  sources: CorpusSource[];
  sourceRelations: CorpusSourceRelation[];
  claims: CorpusClaim[];
  claimRelations: CorpusClaimRelation[];
}
