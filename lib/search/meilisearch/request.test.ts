import { describe, expect, it } from "vitest";
import type { SearchQuery } from "../contract";
import { parseQuery } from "../query";
import { buildFilter, buildQueryString, buildSearchParams, parseSearchQuery, quoteFilterValue } from "./request";

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  q: "",
  filters: {},
  sort: "relevance",
  page: 1,
  perPage: 20,
  ...overrides,
});
const NOT_DEPRECATED = ['NOT f_rank = "DEPRECATED"'];

describe("buildFilter", () => {
  it("hides deprecated claims when rank is not filtered", () => {
    expect(buildFilter(query())).toEqual([NOT_DEPRECATED]);
    expect(buildFilter(query({ filters: { rank: [] } }))).toEqual([NOT_DEPRECATED]);
  });

  it("shows the ranks asked for, deprecated included", () => {
    expect(buildFilter(query({ filters: { rank: ["DEPRECATED"] } }))).toEqual([['f_rank = "DEPRECATED"']]);
  });

  it("ORs values within a field and ANDs fields", () => {
    const filter = buildFilter(
      query({ filters: { speaker: ["jensen-huang", "brian-chesky"], tag: ["ai-race"], sourceType: ["INTERVIEW"] } }),
    );
    expect(filter).toEqual([
      ['f_speaker = "jensen-huang"', 'f_speaker = "brian-chesky"'],
      ['f_sourceType = "INTERVIEW"'],
      ['f_tag = "ai-race"'],
      NOT_DEPRECATED,
    ]);
  });

  it("drops repeated values", () => {
    expect(buildFilter(query({ filters: { org: ["nvidia", "nvidia"] } }))[0]).toEqual(['f_org = "nvidia"']);
  });

  it("quotes values, escaping backslashes and double quotes", () => {
    expect(quoteFilterValue("plain")).toBe('"plain"');
    expect(quoteFilterValue('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteFilterValue("back\\slash")).toBe('"back\\\\slash"');
    expect(quoteFilterValue('\\"')).toBe('"\\\\\\""');
    expect(quoteFilterValue('x" OR f_rank = "DEPRECATED')).toBe('"x\\" OR f_rank = \\"DEPRECATED"');
    expect(buildFilter(query({ filters: { publisher: ['a"b'] } }))[0]).toEqual(['f_publisher = "a\\"b"']);
  });

  it("turns dates into an inclusive day-number range that a partial date's span overlaps", () => {
    const day = (iso: string) => Date.parse(iso) / 86_400_000;
    expect(buildFilter(query({ from: "2025-10-01", to: "2025-10-31" }))).toEqual([
      [`claimedAtEndDays >= ${day("2025-10-01")}`],
      [`claimedAtDays <= ${day("2025-10-31")}`],
      NOT_DEPRECATED,
    ]);
    expect(buildFilter(query({ to: "1970-01-02" }))[0]).toEqual(["claimedAtDays <= 1"]);
  });

  it("refuses a date it cannot read", () => {
    expect(() => buildFilter(query({ from: "last week" }))).toThrow(RangeError);
  });
});

describe("buildQueryString", () => {
  const q = (raw: string) => buildQueryString(parseQuery(raw));

  it("keeps the last word a prefix only while it is being typed", () => {
    expect(q("ches")).toBe("ches");
    expect(q("kimi anth")).toBe("kimi anth");
    expect(q("kimi anth ")).toBe("kimi anth ");
  });

  it("quotes phrases, which are never prefixes", () => {
    expect(q('"fast and cheap"')).toBe('"fast and cheap" ');
    expect(q('qwen "fast and cheap"')).toBe('qwen "fast and cheap" ');
  });

  it("negates excluded words and phrases, ahead of the positive ones", () => {
    expect(q("qwen -cheap")).toBe("-cheap qwen ");
    expect(q('-"not fast" qwen')).toBe('-"not fast" qwen');
    expect(q("-china")).toBe("-china ");
  });

  it("sends a Chinese word the segmenter cut as a phrase of our terms", () => {
    expect(q("通義千問")).toBe('"通义 千 问" ');
    expect(q("黃仁勳 ")).toBe('"黄 仁 勋" ');
  });

  it("keeps mixed scripts as separate words, folded", () => {
    expect(q("Qwen 便宜")).toBe("qwen 便宜");
    expect(q("ＱＷＥＮ Café ")).toBe("qwen cafe ");
  });

  it("sends nothing for an empty query", () => {
    expect(q("")).toBe("");
    expect(q('- ""')).toBe("");
  });

  it("keeps at most ten positive parts, as the Postgres engine does", () => {
    const words = Array.from({ length: 12 }, (_, i) => `w${i}`).join(" ");
    expect(buildQueryString(parseSearchQuery(words))).toBe(`${Array.from({ length: 10 }, (_, i) => `w${i}`).join(" ")} `);
  });
});

describe("buildSearchParams", () => {
  it("asks for exact totals, every facet, the stored document only, and the last-word strategy", () => {
    const params = buildSearchParams(query({ q: "qwen", page: 3, perPage: 10 }));
    expect(params).toMatchObject({
      page: 3,
      hitsPerPage: 10,
      matchingStrategy: "last",
      attributesToRetrieve: ["doc"],
      locales: ["cmn", "eng"],
    });
    expect(params.facets).toEqual([
      "l_speaker",
      "l_org",
      "l_entity",
      "l_source",
      "l_sourceType",
      "l_publisher",
      "l_lang",
      "l_status",
      "l_rank",
      "l_tag",
    ]);
    expect(params.filter).toEqual([NOT_DEPRECATED]);
    expect(params).not.toHaveProperty("offset");
    expect(params).not.toHaveProperty("attributesToHighlight");
  });

  it("sorts newest and oldest by day, then id, in the same direction", () => {
    expect(buildSearchParams(query({ q: "qwen", sort: "newest" })).sort).toEqual(["claimedAtDays:desc", "id:desc"]);
    expect(buildSearchParams(query({ q: "qwen", sort: "oldest" })).sort).toEqual(["claimedAtDays:asc", "id:asc"]);
  });

  it("leaves relevance to the ranking rules, newest first when there is no word to rank by", () => {
    expect(buildSearchParams(query({ q: "qwen" }))).not.toHaveProperty("sort");
    expect(buildSearchParams(query({ q: "" })).sort).toEqual(["claimedAtDays:desc", "id:desc"]);
    expect(buildSearchParams(query({ q: "-china" })).sort).toEqual(["claimedAtDays:desc", "id:desc"]);
  });
});
