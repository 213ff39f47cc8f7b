import { locatorParts, type Locator } from "./locator";

// A Claimtrail source as a CSL-JSON item: the record that citation styles, BibTeX and RIS are
// all generated from. Only what the source row holds goes in; nothing is guessed.

import { cslDateParts, type DatePrecision } from "../domain/partial-date";

export type { DatePrecision };

export type CslName = { family: string; given?: string } | { literal: string };

export interface CslDate {
  "date-parts": [[number] | [number, number] | [number, number, number]];
}

export interface CslItem {
  id: string;
  type: string;
  "citation-key": string;
  title: string;
  "container-title"?: string;
  publisher?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  DOI?: string;
  genre?: string;
  language: string;
  /** The archive holding a copy (its host name) and the copy's address. */
  archive?: string;
  archive_location?: string;
  /** Where in the source the cited words are, in reading form ("¶ 3", "12:05–13:40"). */
  locator?: string;
  /** The work this one translates or republishes (CSL has no variable for its language). */
  "original-title"?: string;
  "original-author"?: CslName[];
  "original-publisher"?: string;
  "original-date"?: CslDate;
  note: string;
}

/** The fields of a Source row that a citation needs, with its publisher's name. */
export interface CitableSource {
  type: string;
  title: string;
  containerTitle: string | null;
  publisherName: string | null;
  authors: unknown;
  issued: Date | null;
  issuedPrecision: DatePrecision | null;
  url: string | null;
  accessed: Date | null;
  doi: string | null;
  lang: string;
  archiveUrl?: string | null;
  archivedAt?: Date | null;
  /** The source this one translates or republishes, when it is recorded. */
  original?: {
    title: string;
    authors: unknown;
    publisherName: string | null;
    issued: Date | null;
    issuedPrecision: DatePrecision | null;
  } | null;
}

/** CSL's original-* variables: a translation or republication names the work it comes from. */
function originalFields(original: CitableSource["original"]): Partial<CslItem> {
  if (!original) return {};
  const author = cslNames(original.authors);
  const date = cslDate(original.issued, original.issuedPrecision);
  return {
    "original-title": oneLine(original.title),
    ...(author.length ? { "original-author": author } : {}),
    ...(original.publisherName ? { "original-publisher": original.publisherName } : {}),
    ...(date ? { "original-date": date } : {}),
  };
}

/** What is cited in the source: one claim, as the words it shows. */
export interface CitedClaim {
  claimId: number;
  /** Who said it, as every surface names it (lib/claims/claim-byline.ts). */
  speakerName: string;
  /** The words exactly as the source shows them; for a figure, the value. */
  exact: string;
  /** A figure's measure: the note then gives the value and what it measures, not a quotation. */
  measure?: string | null;
  permalink: string;
  /** Where in the source the words are; absent when the citation does not say. */
  locator?: Locator | null;
}

/**
 * CSL types for Claimtrail's source types. CSL has no types for earnings calls, social posts
 * or press releases, so each takes the nearest one that styles render sensibly:
 * - a podcast episode is a `broadcast` (CSL 1.0.2 names podcasts there; Zotero's older
 *   `song` mapping makes styles print it as a music recording);
 * - an article is a newspaper article unless it has a DOI, when it is a journal article
 *   (CSL's bare `article` means a preprint, which Chicago prints as "Preprint");
 * - an earnings call is a `speech` (said at an event, then transcribed);
 * - a video is a `motion_picture`, CSL's type for any video recording;
 * - a press release is a `report` whose genre says what it is.
 */
const CSL_TYPES: Record<string, { type: string; genre?: string }> = {
  ARTICLE: { type: "article-newspaper" },
  PODCAST_EPISODE: { type: "broadcast", genre: "Podcast episode" },
  INTERVIEW: { type: "interview" },
  BLOG_POST: { type: "post-weblog" },
  SOCIAL_POST: { type: "post" },
  EARNINGS_CALL: { type: "speech", genre: "Earnings call" },
  DATASET: { type: "dataset" },
  VIDEO: { type: "motion_picture", genre: "Video" },
  REPORT: { type: "report" },
  PRESS_RELEASE: { type: "report", genre: "Press release" },
};

export function cslType(source: Pick<CitableSource, "type" | "doi">): { type: string; genre?: string } {
  if (source.type === "ARTICLE" && source.doi) return { type: "article-journal" };
  return CSL_TYPES[source.type] ?? { type: "document" };
}

/** What kind of work an item is, for formats without a type of their own for it (BibTeX's `type`, RIS's M3). */
export function kindOfWork(item: Pick<CslItem, "type" | "genre">): string | undefined {
  return item.genre ?? ({ interview: "Interview", post: "Social media post" } as Record<string, string>)[item.type];
}

/** A date as precise as it is known: [[2025]], [[2025, 11]] or [[2025, 11, 9]]. */
export function cslDate(date: Date | null, precision: DatePrecision | null): CslDate | undefined {
  if (!date || !precision) return undefined;
  return { "date-parts": cslDateParts(date, precision) };
}

/** The source's CSL name list, keeping only well-formed names. */
export function cslNames(authors: unknown): CslName[] {
  if (!Array.isArray(authors)) return [];
  return authors.flatMap((value): CslName[] => {
    if (typeof value !== "object" || value === null) return [];
    const { family, given, literal } = value as Record<string, unknown>;
    if (typeof literal === "string" && literal.trim()) return [{ literal }];
    if (typeof family === "string" && family.trim()) return [typeof given === "string" && given.trim() ? { family, given } : { family }];
    return [];
  });
}

const TITLE_STOPWORDS = new Set(["a", "an", "the", "of", "on", "in", "at", "to", "and", "for", "by", "with", "is"]);

/**
 * A readable BibTeX key such as "Bloomberg2025How": who (first author, else publisher or
 * container), the year, and the first significant word of the title; ASCII only, so that
 * every BibTeX tool accepts it. Falls back on the claim id when nothing readable is left.
 */
export function citationKey(parts: {
  names: CslName[];
  publisher?: string;
  container?: string;
  year?: number;
  title: string;
  claimId: number;
}): string {
  const words = (text: string | undefined) => (text ?? "").normalize("NFKD").match(/[A-Za-z0-9]+/g) ?? [];
  const firstName = parts.names[0];
  const who = firstName ? ("family" in firstName ? firstName.family : firstName.literal) : (parts.publisher ?? parts.container);
  const whoWord = words(who)[0] ?? "";
  const titleWord = words(parts.title).find((word) => !TITLE_STOPWORDS.has(word.toLowerCase())) ?? "";
  const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const key = `${capitalise(whoWord)}${parts.year ?? ""}${capitalise(titleWord)}`;
  return /[A-Za-z]/.test(key) ? key : `claimtrail${parts.claimId}${key}`;
}

/** Every reader folds line breaks in these fields; folding here keeps every format alike. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The archive's name as CSL's `archive` wants it: the host that keeps the copy. */
function archiveName(archiveUrl: string): string {
  try {
    return new URL(archiveUrl).hostname;
  } catch {
    return archiveUrl;
  }
}

/** The CSL-JSON item citing `source` for the words of one claim. */
export function toCslItem(source: CitableSource, cited: CitedClaim): CslItem {
  const { type, genre } = cslType(source);
  const author = cslNames(source.authors);
  const issued = cslDate(source.issued, source.issuedPrecision);
  const accessed = cslDate(source.accessed, "DAY");
  const container = source.containerTitle ? oneLine(source.containerTitle) : undefined;
  // For a newspaper or a channel the publisher usually is the container ("Financial Times,
  // Financial Times"); styles that print both would repeat it.
  const publisher = source.publisherName && source.publisherName !== source.containerTitle ? source.publisherName : undefined;
  const exact = oneLine(cited.exact);
  const locator = cited.locator ? locatorParts(cited.locator).join(", ") : "";
  const archivedOn = source.archivedAt ? ` (${source.archivedAt.toISOString().slice(0, 10)})` : "";
  return {
    id: `claimtrail-claim-${cited.claimId}`,
    type,
    "citation-key": citationKey({
      names: author,
      publisher: source.publisherName ?? undefined,
      container,
      year: issued?.["date-parts"][0][0],
      title: source.title,
      claimId: cited.claimId,
    }),
    title: oneLine(source.title),
    ...(container ? { "container-title": container } : {}),
    ...(publisher ? { publisher } : {}),
    ...(author.length ? { author } : {}),
    ...(issued ? { issued } : {}),
    // When Claimtrail read the page; only online sources have one.
    ...(accessed && source.url ? { accessed } : {}),
    ...(source.url ? { URL: source.url } : {}),
    ...(source.doi ? { DOI: source.doi } : {}),
    ...(genre ? { genre } : {}),
    language: source.lang,
    ...(source.archiveUrl ? { archive: archiveName(source.archiveUrl), archive_location: source.archiveUrl } : {}),
    ...(locator ? { locator } : {}),
    ...originalFields(source.original),
    note: [
      cited.measure
        ? `Figure cited for ${cited.speakerName}${locator ? ` at ${locator}` : ""}: ${oneLine(cited.measure)}, ${exact}.`
        : `Cited for ${cited.speakerName}${locator ? ` at ${locator}` : ""}: “${exact}”.`,
      source.archiveUrl ? `Archived copy${archivedOn}: ${source.archiveUrl}.` : "",
      `Claimtrail record: ${cited.permalink}`,
    ]
      .filter(Boolean)
      .join(" "),
  };
}
