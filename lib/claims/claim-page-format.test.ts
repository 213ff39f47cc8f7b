import { describe, expect, it } from "vitest";
import { formatTimestampUtc } from "./claim-page-format";

describe("revision times", () => {
  it("writes revision times in UTC", () => {
    expect(formatTimestampUtc(new Date("2025-11-12T14:03:09Z"))).toBe("12 Nov 2025, 14:03 UTC");
  });
});
