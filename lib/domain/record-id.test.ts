import { describe, expect, it } from "vitest";
import { parseRecordId } from "./record-id";

describe("parseRecordId", () => {
  it("reads a Postgres integer id from text or a number", () => {
    expect(parseRecordId("12")).toBe(12);
    expect(parseRecordId(12)).toBe(12);
    expect(parseRecordId("2147483647")).toBe(2_147_483_647);
  });

  it("names no record for anything else", () => {
    for (const value of ["", "0", "012", "-1", "1.5", "1e3", " 1", "2147483648", "12abc", null, undefined])
      expect(parseRecordId(value)).toBeNull();
  });
});
