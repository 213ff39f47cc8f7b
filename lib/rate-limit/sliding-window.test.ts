import { describe, expect, it } from "vitest";
import { SEARCH_DEBOUNCE_MS } from "@/components/search/search-url";
import { DEFAULT_READS_PER_MINUTE, isCountedRead, readLimitPolicy, READ_LIMIT_WINDOW_SECONDS } from "./policy";
import { retryAfterSeconds, slidingCount } from "./sliding-window";

describe("sliding window counter", () => {
  it("weighs the previous window by how much of it the last window still covers", () => {
    expect(slidingCount({ count: 10, previousCount: 60, elapsedSeconds: 0 }, 60)).toBe(70);
    expect(slidingCount({ count: 10, previousCount: 60, elapsedSeconds: 15 }, 60)).toBe(55);
    expect(slidingCount({ count: 10, previousCount: 60, elapsedSeconds: 59.999 }, 60)).toBeCloseTo(10, 2);
  });

  it("asks a client to wait until one more read fits", () => {
    // 60 of the previous window overlap by 75 %: 45 + 10 = 55 over a limit of 50. After 5 s
    // more (20 s into the window) the estimate with one more read is 40 + 10 + 1 = 51; the
    // next read fits once 60·(1 − t/60) ≤ 39, at t = 21 s: 6 s from now.
    expect(retryAfterSeconds({ count: 10, previousCount: 60, elapsedSeconds: 15 }, 60, 50)).toBe(6);
    // This window alone is over: wait for the next window, until enough of this one slid out.
    expect(retryAfterSeconds({ count: 70, previousCount: 0, elapsedSeconds: 30 }, 60, 50)).toBe(30 + 18);
    // Never less than a second.
    expect(retryAfterSeconds({ count: 51, previousCount: 0, elapsedSeconds: 59.9 }, 60, 50)).toBeGreaterThanOrEqual(1);
  });

  it("never trips on search as you type: one read per debounce pause for a whole window stays below the default", () => {
    const typingReadsPerWindow = (READ_LIMIT_WINDOW_SECONDS * 1000) / SEARCH_DEBOUNCE_MS;
    expect(typingReadsPerWindow).toBeLessThan(DEFAULT_READS_PER_MINUTE * 0.75);
  });

  it("reads its limit from the environment, 0 turning it off", () => {
    expect(readLimitPolicy({})).toEqual({ limit: DEFAULT_READS_PER_MINUTE, windowSeconds: 60 });
    expect(readLimitPolicy({ CLAIMTRAIL_READ_LIMIT_PER_MINUTE: 5000 })?.limit).toBe(5000);
    expect(readLimitPolicy({ CLAIMTRAIL_READ_LIMIT_PER_MINUTE: 0 })).toBeNull();
  });

  it("counts reads of public pages and the JSON reads, not writes, health or sign-in", () => {
    expect(isCountedRead("GET", "/")).toBe(true);
    expect(isCountedRead("HEAD", "/claims/1-x")).toBe(true);
    expect(isCountedRead("GET", "/api/search")).toBe(true);
    expect(isCountedRead("POST", "/api/quotes")).toBe(false);
    expect(isCountedRead("GET", "/api/health")).toBe(false);
    expect(isCountedRead("GET", "/sign-in")).toBe(false);
    expect(isCountedRead("GET", "/api/auth/get-session")).toBe(false);
  });
});
