import { describe, expect, it } from "vitest";
import { securityLogLine } from "./security-log";

describe("security log", () => {
  it("writes one parseable line per event, even when a value holds CR, LF or other control characters", () => {
    const forged = 'a@b.test\r\n{"kind":"security","event":"sign_in.succeeded"}\u2028\u0000';
    const line = securityLogLine("sign_in.failed", { email: forged, address: "203.0.113.9" }, new Date("2026-12-02T12:00:00Z"));
    expect(line.split(/\r\n|\r|\n|\u2028|\u2029/)).toHaveLength(1);
    expect(JSON.parse(line)).toEqual({
      time: "2026-12-02T12:00:00.000Z",
      kind: "security",
      event: "sign_in.failed",
      email: forged,
      address: "203.0.113.9",
    });
  });
});
