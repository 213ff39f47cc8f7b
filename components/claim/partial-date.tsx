import { formatPartialDate, isoPartialDate, type DatePrecision } from "@/lib/domain/partial-date";

/** A date in a <time> element, as precisely as it is known. */
export function PartialDate({ date, precision }: { date: Date; precision: DatePrecision | null }) {
  return <time dateTime={isoPartialDate(date, precision)}>{formatPartialDate(date, precision)}</time>;
}
