import { describe, expect, it } from "vitest";
import { anchorQuote, foldForAnchoring } from "./text-anchor";

const article =
  "黃仁勳最近向英媒直言：「中國將贏得人工智能競賽。」隨後他緊急找補，\n稱中國只比美國落後「納秒級」。他說「中國將贏得人工智能競賽」兩次。";

describe("anchorQuote", () => {
  it("finds the exact words and takes prefix and suffix from the stored text", () => {
    const anchor = anchorQuote(article, { exact: "隨後他緊急找補" })!;
    expect(article.slice(anchor.start, anchor.end)).toBe("隨後他緊急找補");
    expect(anchor.closeness).toBe(1);
    expect(anchor.prefix.endsWith("競賽。」")).toBe(true);
    expect(anchor.suffix.startsWith("，")).toBe(true);
  });

  it("folds whitespace, line breaks, full-width forms and quotation marks", () => {
    const anchor = anchorQuote(article, { exact: "找補, 稱中國只比美國落後“納秒級”" })!;
    expect(anchor.closeness).toBe(1);
    expect(article.slice(anchor.start, anchor.end)).toBe("找補，\n稱中國只比美國落後「納秒級」");
    expect(foldForAnchoring("Ｑｗｅｎ 「好」").text).toBe('Qwen"好"');
  });

  it("tells repeated words apart by their prefix and suffix", () => {
    const first = anchorQuote(article, { exact: "中國將贏得人工智能競賽" })!;
    const second = anchorQuote(article, { exact: "中國將贏得人工智能競賽", prefix: "他說「" })!;
    expect(second.start).toBeGreaterThan(first.start);
    expect(second.prefix.endsWith("他說「")).toBe(true);
  });

  it("accepts a near match within the error budget and reports how close it is", () => {
    const anchor = anchorQuote(article, { exact: "隨後他緊急找補，稱中國只比美國落后" })!;
    expect(anchor.closeness).toBeLessThan(1);
    expect(anchor.closeness).toBeGreaterThanOrEqual(0.9);
  });

  it("refuses words that are not there", () => {
    expect(anchorQuote(article, { exact: "Qwen 385.3 million; Llama 346.2 million" })).toBeNull();
    expect(anchorQuote(article, { exact: "  " })).toBeNull();
  });
});
