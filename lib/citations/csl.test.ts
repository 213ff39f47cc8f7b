import { describe, expect, it } from "vitest";
import { citationKey, cslDate, cslNames, cslType, toCslItem } from "./csl";
import { bloombergColumn, citedHuang } from "@/lib/testing/citation-fixtures";

describe("toCslItem", () => {
  it("names the work a translation or republication comes from in original-*", () => {
    const original = {
      title: "硅谷有多少建在中国AI上？",
      authors: [{ literal: "彭博社" }],
      publisherName: "彭博",
      issued: new Date("2025-11-08T00:00:00Z"),
      issuedPrecision: "DAY" as const,
    };
    expect(toCslItem({ ...bloombergColumn, original }, citedHuang)).toMatchObject({
      "original-title": "硅谷有多少建在中国AI上？",
      "original-author": [{ literal: "彭博社" }],
      "original-publisher": "彭博",
      "original-date": { "date-parts": [[2025, 11, 8]] },
    });
    expect(toCslItem({ ...bloombergColumn, original: null }, citedHuang)).not.toHaveProperty("original-title");
  });

  it("maps a Bloomberg-like column to a newspaper article pointing at the claim", () => {
    expect(toCslItem(bloombergColumn, citedHuang)).toEqual({
      id: "claimtrail-claim-1",
      type: "article-newspaper",
      "citation-key": "Bloomberg2025How",
      title: "How Much of Silicon Valley Is Built on Chinese AI?",
      "container-title": "Bloomberg Opinion",
      publisher: "Bloomberg",
      issued: { "date-parts": [[2025, 11, 9]] },
      accessed: { "date-parts": [[2025, 11, 12]] },
      URL: "https://www.bloomberg.com/opinion/articles/2025-11-09/silicon-valley-chinese-ai",
      language: "en",
      note: "Cited for Jensen Huang: “China is going to win the AI race”. Claimtrail record: https://claimtrail.example/claims/1-china-is-going-to-win-the-ai-race",
    });
  });

  it("leaves out what the source does not hold, and a publisher that repeats the container", () => {
    const item = toCslItem(
      {
        ...bloombergColumn,
        containerTitle: "Financial Times",
        publisherName: "Financial Times",
        issued: null,
        issuedPrecision: null,
        url: null,
      },
      citedHuang,
    );
    expect(item).not.toHaveProperty("publisher");
    expect(item).not.toHaveProperty("issued");
    expect(item).not.toHaveProperty("URL");
    // Without a URL there is no online access to date.
    expect(item).not.toHaveProperty("accessed");
  });

  it("keeps authors and collapses the cited words onto one line", () => {
    const item = toCslItem(
      { ...bloombergColumn, authors: [{ family: "Yuan", given: "Li" }] },
      { ...citedHuang, exact: "China is\n going  to win" },
    );
    expect(item.author).toEqual([{ family: "Yuan", given: "Li" }]);
    expect(item["citation-key"]).toBe("Yuan2025How");
    expect(item.note).toContain("“China is going to win”");
  });
});

describe("cslType", () => {
  it.each([
    ["ARTICLE", null, "article-newspaper", undefined],
    ["ARTICLE", "10.1000/xyz", "article-journal", undefined],
    ["PODCAST_EPISODE", null, "broadcast", "Podcast episode"],
    ["INTERVIEW", null, "interview", undefined],
    ["BLOG_POST", null, "post-weblog", undefined],
    ["SOCIAL_POST", null, "post", undefined],
    ["EARNINGS_CALL", null, "speech", "Earnings call"],
    ["DATASET", null, "dataset", undefined],
    ["VIDEO", null, "motion_picture", "Video"],
    ["REPORT", null, "report", undefined],
    ["PRESS_RELEASE", null, "report", "Press release"],
  ])("%s (doi %s) → %s", (type, doi, expected, genre) => {
    expect(cslType({ type, doi })).toEqual(genre ? { type: expected, genre } : { type: expected });
  });
});

describe("cslDate", () => {
  const date = new Date("2025-11-01T00:00:00Z");
  it("keeps only the parts that are known", () => {
    expect(cslDate(date, "YEAR")).toEqual({ "date-parts": [[2025]] });
    expect(cslDate(date, "MONTH")).toEqual({ "date-parts": [[2025, 11]] });
    expect(cslDate(date, "DAY")).toEqual({ "date-parts": [[2025, 11, 1]] });
    expect(cslDate(null, "DAY")).toBeUndefined();
    expect(cslDate(date, null)).toBeUndefined();
  });
});

describe("cslNames", () => {
  it("keeps well-formed CSL names only", () => {
    expect(
      cslNames([{ family: "Schmidt", given: "Eric" }, { literal: "ATOM Project" }, { given: "Nobody" }, "text", null, { family: " " }]),
    ).toEqual([{ family: "Schmidt", given: "Eric" }, { literal: "ATOM Project" }]);
    expect(cslNames({ family: "Not a list" })).toEqual([]);
  });
});

describe("citationKey", () => {
  it("skips brackets and small words in descriptive titles", () => {
    expect(
      citationKey({
        names: [],
        publisher: "Financial Times",
        year: 2025,
        title: "[Financial Times report of Jensen Huang's remarks]",
        claimId: 1,
      }),
    ).toBe("Financial2025Financial");
    expect(citationKey({ names: [], container: "All-In", title: "[The episode on Kimi K2]", claimId: 1 })).toBe("AllEpisode");
  });

  it("falls back on the claim id when nothing is in Latin script", () => {
    expect(citationKey({ names: [], publisher: "观察者网", year: 2025, title: "觀察者網報道", claimId: 7 })).toBe("claimtrail72025");
  });
});
