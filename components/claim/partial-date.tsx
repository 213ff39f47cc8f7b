import { formatPartialDate, isoPartialDate, type DatePrecision } from "@/lib/claims/claim-page-format";

/** A date in a <time> element, as precisely as it is known. */
export function PartialDate({ date, precision }: { date: Date; precision: DatePrecision | null }) {
  return <time dateTime={isoPartialDate(date, precision)}>{formatPartialDate(date, precision)}</time>;
}
