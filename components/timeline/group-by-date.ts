import { isoPartialDate, type DatePrecision } from "@/lib/domain/partial-date";

// Claims grouped under the date they were made, as precisely as that date is known. A claim
// of "November 2025" is not put under any day of November: it gets a group of its own, after
// the days of that month (its stored date is the 1st).

export interface DatedClaim {
  claimedAt: Date | null;
  claimedAtPrecision: DatePrecision | null;
}

export interface DateGroup<T extends DatedClaim> {
  /** The HTML datetime value, or null for claims whose date is not known. */
  key: string | null;
  date: Date | null;
  precision: DatePrecision | null;
  claims: T[];
}

const PRECISION_RANK: Record<DatePrecision, number> = { DAY: 0, MONTH: 1, YEAR: 2 };

/** Newest first; within one stored date the precise groups first; undated claims last. */
export function groupByDate<T extends DatedClaim>(claims: T[]): DateGroup<T>[] {
  const groups = new Map<string, DateGroup<T>>();
  for (const claim of claims) {
    const key = claim.claimedAt ? isoPartialDate(claim.claimedAt, claim.claimedAtPrecision) : null;
    const id = key ?? "";
    const group = groups.get(id) ?? { key, date: claim.claimedAt, precision: claim.claimedAtPrecision, claims: [] };
    group.claims.push(claim);
    groups.set(id, group);
  }
  return [...groups.values()].sort((a, b) => {
    if (!a.date || !b.date) return Number(!a.date) - Number(!b.date);
    return b.date.getTime() - a.date.getTime() || PRECISION_RANK[a.precision ?? "DAY"] - PRECISION_RANK[b.precision ?? "DAY"];
  });
}
