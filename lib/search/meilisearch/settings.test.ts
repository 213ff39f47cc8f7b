import { describe, expect, it } from "vitest";
import { FILTER_FIELDS } from "../contract";
import { normalizeText } from "../text";
import { buildIndexSettings } from "./settings";

describe("buildIndexSettings", () => {
  const settings = buildIndexSettings();

  it("searches only the normalised copies, one per declared tier, quote words first", () => {
    expect(settings.searchableAttributes).toEqual(["quote_norm", "statement_norm", "names_norm", "context_norm"]);
  });

  it("can filter and facet every filter field, and filter dates by range", () => {
    for (const field of FILTER_FIELDS) {
      expect(settings.filterableAttributes).toContain(`f_${field}`);
      expect(settings.filterableAttributes).toContain(`l_${field}`);
    }
    expect(settings.filterableAttributes).toContain("claimedAtDays");
    expect(settings.sortableAttributes).toEqual(["claimedAtDays", "id"]);
  });

  it("puts a requested sort first, then relevance, ties going to the newer claim", () => {
    expect(settings.rankingRules).toEqual([
      "sort",
      "words",
      "typo",
      "proximity",
      "attributeRank",
      "exactness",
      "claimedAtDays:desc",
      "id:asc",
    ]);
  });

  it("allows typos by the budget text.ts mirrors", () => {
    expect(settings.typoTolerance).toMatchObject({ minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
  });

  it("keeps the most frequent facet values and counts totals far enough", () => {
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } });
    expect(settings.pagination?.maxTotalHits).toBeGreaterThanOrEqual(10_000);
  });

  it("declares the normalised attributes as Chinese and English", () => {
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: ["*_norm"], locales: ["cmn", "eng"] }]);
  });

  it("returns only the stored document and its id", () => {
    expect(settings.displayedAttributes).toEqual(["id", "doc"]);
  });

  it("no longer separates words at any character our segmenter keeps inside a word", () => {
    const samples = [
      "U.S. policy",
      "China's",
      "don\u2019t",
      "\u2018quoted\u2019",
      "1,000",
      "1;000",
      "a:b",
      "a_b",
      "a\u00b7b",
      "a\u2027b",
      "1\u20442",
      "x\u202fy",
      "qwen2.5",
      "e.g.",
    ];
    const inside = new Set(samples.flatMap((sample) => [...normalizeText(sample)].filter((char) => !/[\p{L}\p{N}\p{M} ]/u.test(char))));
    expect(inside.size).toBeGreaterThan(5);
    for (const char of inside) expect(settings.nonSeparatorTokens).toContain(char);
  });

  it("sets no synonyms or stop words", () => {
    expect(settings.synonyms).toEqual({});
    expect(settings.stopWords).toEqual([]);
  });
});
