// Dates in Claimtrail are only as precise as they are known: the column stores the first day
// of the period and a DatePrecision beside it. Showing "1 November 2025" for a MONTH date
// would claim a precision nobody has, so every page formats them here.

export type Precision = "YEAR" | "MONTH" | "DAY";

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "5 November 2025", "November 2025" or "2025"; a missing precision counts as DAY. */
export function formatPartialDate(date: Date, precision: Precision | null | undefined): string {
  if (precision === "YEAR") return String(date.getUTCFullYear());
  if (precision === "MONTH") return MONTH.format(date);
  return DAY.format(date);
}

/** The HTML `datetime` value for the same precision: "2025-11-05", "2025-11" or "2025". */
export function partialDateTime(date: Date, precision: Precision | null | undefined): string {
  const iso = date.toISOString();
  if (precision === "YEAR") return iso.slice(0, 4);
  if (precision === "MONTH") return iso.slice(0, 7);
  return iso.slice(0, 10);
}
