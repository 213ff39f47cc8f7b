import { describe, expect, it } from "vitest";
import {
  cslDateParts,
  formatIsoPartialDate,
  formatPartialDate,
  isoPartialDate,
  lastDayOf,
  overlapsRange,
  partialNote,
  precisionOfIso,
  startOfIso,
} from "./partial-date";

const november = new Date("2025-11-01T00:00:00Z");
const fifth = new Date("2025-11-05T00:00:00Z");

describe("partial dates", () => {
  it("are written only as precisely as they are known", () => {
    expect(formatPartialDate(fifth, "DAY")).toBe("5 November 2025");
    expect(formatPartialDate(november, "MONTH")).toBe("November 2025");
    expect(formatPartialDate(november, "YEAR")).toBe("2025");
    // Dates without a precision column (relations, archives) are whole days.
    expect(formatPartialDate(fifth, null)).toBe("5 November 2025");
    expect(formatIsoPartialDate("2025-10")).toBe("October 2025");
    expect(formatIsoPartialDate("not a date")).toBe("not a date");
  });

  it("give the ISO form of their own length, and read it back", () => {
    expect(isoPartialDate(fifth, "DAY")).toBe("2025-11-05");
    expect(isoPartialDate(november, "MONTH")).toBe("2025-11");
    expect(isoPartialDate(november, "YEAR")).toBe("2025");
    expect(isoPartialDate(fifth, null)).toBe("2025-11-05");
    expect(["2025", "2025-11", "2025-11-05", "11/2025"].map(precisionOfIso)).toEqual(["YEAR", "MONTH", "DAY", null]);
    expect(startOfIso("2025-11")).toEqual(november);
    expect(startOfIso("2025")).toEqual(new Date("2025-01-01T00:00:00Z"));
  });

  it("cover a span that overlaps a range when any day of it is inside", () => {
    expect(lastDayOf(new Date("2024-02-01T00:00:00Z"), "MONTH")).toBe("2024-02-29");
    expect(lastDayOf(november, "YEAR")).toBe("2025-12-31");
    expect(lastDayOf(fifth, "DAY")).toBe("2025-11-05");
    const year = startOfIso("2025");
    expect(overlapsRange(year, "YEAR", "2025-01-10", "2025-01-20")).toBe(true);
    expect(overlapsRange(year, "YEAR", "2025-12-31")).toBe(true);
    expect(overlapsRange(year, "YEAR", undefined, "2024-12-31")).toBe(false);
    expect(overlapsRange(november, "MONTH", "2025-12-01")).toBe(false);
    expect(overlapsRange(fifth, "DAY", "2025-11-06")).toBe(false);
  });

  it("say when they are partial", () => {
    expect(partialNote(november, "YEAR")).toBe("dated only to 2025");
    expect(partialNote(november, "MONTH")).toBe("dated only to November 2025");
    expect(partialNote(fifth, "DAY")).toBeNull();
  });

  it("give CSL date-parts of the right length", () => {
    expect(cslDateParts(november, "YEAR")).toEqual([[2025]]);
    expect(cslDateParts(november, "MONTH")).toEqual([[2025, 11]]);
    expect(cslDateParts(fifth, "DAY")).toEqual([[2025, 11, 5]]);
  });
});
