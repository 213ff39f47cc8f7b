import { describe, expect, it } from "vitest";
import { FILTER_FIELDS } from "../contract";
import { countsOf, facetsFromDistribution } from "./facets";
import { MAX_TOTAL_HITS } from "./settings";
import { encodeLabelled } from "./fields";

describe("facetsFromDistribution", () => {
  it("gives every field, empty when Meilisearch counted nothing", () => {
    const facets = facetsFromDistribution(undefined);
    expect(Object.keys(facets).sort()).toEqual([...FILTER_FIELDS].sort());
    expect(Object.values(facets).every((values) => values.length === 0)).toBe(true);
  });

  it("splits values from labels and orders by count, then label", () => {
    const facets = facetsFromDistribution({
      l_speaker: {
        [encodeLabelled("brian-chesky", "Brian Chesky")]: 1,
        [encodeLabelled("jensen-huang", "Jensen Huang")]: 2,
        [encodeLabelled("joe-tsai", "Joe Tsai")]: 1,
      },
      l_rank: { [encodeLabelled("NORMAL", "Normal")]: 3 },
    });
    expect(facets.speaker).toEqual([
      { value: "jensen-huang", label: "Jensen Huang", count: 2 },
      { value: "brian-chesky", label: "Brian Chesky", count: 1 },
      { value: "joe-tsai", label: "Joe Tsai", count: 1 },
    ]);
    expect(facets.rank).toEqual([{ value: "NORMAL", label: "Normal", count: 3 }]);
    expect(facets.tag).toEqual([]);
  });

  it("adds up a value met under two labels and keeps the commoner label", () => {
    const facets = facetsFromDistribution({
      l_publisher: { [encodeLabelled("ft", "FT")]: 1, [encodeLabelled("ft", "Financial Times")]: 4 },
    });
    expect(facets.publisher).toEqual([{ value: "ft", label: "Financial Times", count: 5 }]);
  });

  it("ignores attributes it did not ask for", () => {
    expect(facetsFromDistribution({ f_speaker: { "jensen-huang": 2 } }).speaker).toEqual([]);
  });
});

describe("countsOf", () => {
  it("is exact for page/hitsPerPage answers below maxTotalHits", () => {
    expect(countsOf({ totalHits: 36_000 })).toEqual({ total: 36_000, totalIsEstimate: false, facetsAreEstimates: false });
  });

  it("calls a total capped at maxTotalHits an estimate, facets still exhaustive", () => {
    expect(countsOf({ totalHits: MAX_TOTAL_HITS })).toEqual({ total: MAX_TOTAL_HITS, totalIsEstimate: true, facetsAreEstimates: false });
  });

  it("calls an offset/limit answer's estimatedTotalHits an estimate, facets too", () => {
    expect(countsOf({ estimatedTotalHits: 1_000 })).toEqual({ total: 1_000, totalIsEstimate: true, facetsAreEstimates: true });
  });
});
