// Dates on the claim page, written only as precisely as they are known. Dates are stored as
// the first day of their period in UTC, so they are read back in UTC.

export type DatePrecision = "YEAR" | "MONTH" | "DAY";

const LENGTH: Record<DatePrecision, number> = { YEAR: 4, MONTH: 7, DAY: 10 };

/** "2025", "2025-11" or "2025-11-05": valid in a <time datetime> and in schema.org dates. */
export function isoPartialDate(date: Date, precision: DatePrecision | null): string {
  return date.toISOString().slice(0, LENGTH[precision ?? "DAY"]);
}

const FORMATS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  YEAR: { year: "numeric", timeZone: "UTC" },
  MONTH: { year: "numeric", month: "long", timeZone: "UTC" },
  DAY: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
};

/** "5 November 2025", "November 2025" or "2025". */
export function formatPartialDate(date: Date, precision: DatePrecision | null): string {
  return new Intl.DateTimeFormat("en-GB", FORMATS[precision ?? "DAY"]).format(date);
}

/** The statement a claim is named by: the English one, else the first. */
export function mainStatement<T extends { lang: string; text: string }>(statements: T[]): T | undefined {
  return statements.find((statement) => statement.lang === "en") ?? statements[0];
}

/** The outlet a reader knows a source by: the newspaper or show, else its publisher, else its title. */
export function outletOf(source: { containerTitle: string | null; publisher: { name: string } | null; title: string }): string {
  return source.containerTitle ?? source.publisher?.name ?? source.title;
}

/** "12 Nov 2025, 14:03 UTC": when a revision was written. */
export function formatTimestampUtc(date: Date): string {
  const text = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" }).format(date);
  return `${text} UTC`;
}
