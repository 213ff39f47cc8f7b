import { describe, expect, it } from "vitest";
import { formatPartialDate, formatTimestampUtc, isoPartialDate } from "./claim-page-format";

const date = new Date("2025-11-05T00:00:00Z");

describe("partial dates", () => {
  it("are written only as precisely as they are known", () => {
    expect(formatPartialDate(date, "DAY")).toBe("5 November 2025");
    expect(formatPartialDate(date, "MONTH")).toBe("November 2025");
    expect(formatPartialDate(date, "YEAR")).toBe("2025");
    expect(isoPartialDate(date, "DAY")).toBe("2025-11-05");
    expect(isoPartialDate(date, "MONTH")).toBe("2025-11");
    expect(isoPartialDate(date, "YEAR")).toBe("2025");
    // Dates without a precision column (relations, archives) are whole days.
    expect(isoPartialDate(date, null)).toBe("2025-11-05");
  });

  it("writes revision times in UTC", () => {
    expect(formatTimestampUtc(new Date("2025-11-12T14:03:09Z"))).toBe("12 Nov 2025, 14:03 UTC");
  });
});
