// Dates in Claimtrail are only as precise as they are known: the column stores the first day of
// the period (in UTC) and a DatePrecision beside it. Every surface (pages, search documents and
// hits, the API, exports, JSON-LD) writes and compares them here, so none shows a day or a month
// the record does not have.

export type DatePrecision = "YEAR" | "MONTH" | "DAY";

const LENGTH: Record<DatePrecision, number> = { YEAR: 4, MONTH: 7, DAY: 10 };
const PARTS: Record<DatePrecision, number> = { YEAR: 1, MONTH: 2, DAY: 3 };
const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2025", "2025-11" or "2025-11-05": valid in a <time datetime>, in schema.org and in the API. A missing precision counts as DAY. */
export function isoPartialDate(date: Date, precision: DatePrecision | null | undefined): string {
  return date.toISOString().slice(0, LENGTH[precision ?? "DAY"]);
}

/** The precision a partial ISO date is written at, or null when it is not one. */
export function precisionOfIso(iso: string): DatePrecision | null {
  const match = PARTIAL_ISO.exec(iso);
  if (!match) return null;
  return match[3] ? "DAY" : match[2] ? "MONTH" : "YEAR";
}

/** The first day of the period a partial ISO date names, in UTC. */
export function startOfIso(iso: string): Date {
  const match = PARTIAL_ISO.exec(iso);
  if (!match) throw new Error(`"${iso}" is not a partial ISO date`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1)));
}

/** The last day of the period, "YYYY-MM-DD": 2025 ends on 2025-12-31, 2025-02 on 2025-02-28. */
export function lastDayOf(date: Date, precision: DatePrecision | null | undefined): string {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  if (precision === "YEAR") return `${year}-12-31`;
  if (precision === "MONTH") return new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10);
  return date.toISOString().slice(0, 10);
}

/** Whether a date known to `precision` overlaps the inclusive day range [from, to] (either bound open). */
export function overlapsRange(date: Date, precision: DatePrecision | null | undefined, from?: string, to?: string): boolean {
  if (from && lastDayOf(date, precision) < from) return false;
  if (to && date.toISOString().slice(0, 10) > to) return false;
  return true;
}

const FORMATS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  YEAR: { year: "numeric", timeZone: "UTC" },
  MONTH: { year: "numeric", month: "long", timeZone: "UTC" },
  DAY: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
};
const FORMATTERS = Object.fromEntries(
  Object.entries(FORMATS).map(([precision, options]) => [precision, new Intl.DateTimeFormat("en-GB", options)]),
) as Record<DatePrecision, Intl.DateTimeFormat>;

/** "5 November 2025", "November 2025" or "2025", the same on the server and in every browser. */
export function formatPartialDate(date: Date, precision: DatePrecision | null | undefined): string {
  return FORMATTERS[precision ?? "DAY"].format(date);
}

/** formatPartialDate of a partial ISO date ("2025-10" → "October 2025"); other text is returned as it is. */
export function formatIsoPartialDate(iso: string): string {
  const precision = precisionOfIso(iso);
  return precision ? formatPartialDate(startOfIso(iso), precision) : iso;
}

/** "dated only to 2025" / "dated only to October 2025" for a partial date; null for a whole day. */
export function partialNote(date: Date, precision: DatePrecision | null | undefined): string | null {
  return precision === "YEAR" || precision === "MONTH" ? `dated only to ${formatPartialDate(date, precision)}` : null;
}

/** CSL-JSON date-parts of the date's own length: [[2025]], [[2025, 11]] or [[2025, 11, 5]]. */
export function cslDateParts(
  date: Date,
  precision: DatePrecision | null | undefined,
): [[number] | [number, number] | [number, number, number]] {
  const parts = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return [parts.slice(0, PARTS[precision ?? "DAY"]) as [number]];
}
