import { describe, expect, it } from "vitest";
import { PAGEABLE_HITS } from "@/lib/search/contract";
import { pageCount, resultCount } from "./search-model";

describe("result count and pages", () => {
  it("says an estimated total is one", () => {
    expect(resultCount({ total: 36_000, totalIsEstimate: true })).toBe("about 36,000 results");
    expect(resultCount({ total: 12, totalIsEstimate: false })).toBe("12 results");
    expect(resultCount({ total: 1, totalIsEstimate: false })).toBe("1 result");
  });

  it("offers no page beyond the hits the engines rank", () => {
    expect(pageCount({ total: 36_000, perPage: 20 })).toBe(PAGEABLE_HITS / 20);
    expect(pageCount({ total: 41, perPage: 20 })).toBe(3);
    expect(pageCount({ total: 0, perPage: 20 })).toBe(1);
  });
});
