import { describe, expect, it } from "vitest";
import { allowedTypos, normalizeText, tokenize, typoDistance } from "./text";

describe("normalizeText", () => {
  it("folds Traditional and Simplified Chinese to one form and segments words", () => {
    expect(normalizeText("中國將贏得人工智能競賽")).toBe(normalizeText("中国将赢得人工智能竞赛"));
    expect(normalizeText("中國將贏得人工智能競賽")).toBe("中国 将 赢得 人工 智能 竞赛");
  });

  it("folds width, case and accents", () => {
    expect(normalizeText("ＱＷＥＮ Café")).toBe("qwen cafe");
  });

  it("splits words at apostrophes, as Meilisearch does", () => {
    expect(normalizeText("Chesky's remarks, we\u2019re told")).toBe("chesky s remarks we re told");
  });

  it("keeps mixed scripts apart", () => {
    expect(normalizeText("阿里巴巴的通義千問（Qwen）系列")).toBe("阿里巴巴 的 通义 千 问 qwen 系列");
  });
});

describe("tokenize", () => {
  it("reports offsets in the original text", () => {
    const text = "他說：「Qwen 非常好」";
    for (const token of tokenize(text)) {
      expect(normalizeText(text.slice(token.start, token.end))).toBe(token.term);
    }
  });
});

describe("typos", () => {
  it("follows Meilisearch's budget by word length", () => {
    expect(allowedTypos("kimi")).toBe(0);
    expect(allowedTypos("chesky")).toBe(1);
    expect(allowedTypos("anthropic")).toBe(2);
    expect(allowedTypos("通义千问")).toBe(0);
  });

  it("counts a swap of two letters as one typo", () => {
    expect(typoDistance("cheksy", "chesky", 1)).toBe(1);
    expect(typoDistance("antrhopic", "anthropic", 2)).toBe(1);
    expect(typoDistance("chasky", "chesky", 1)).toBe(1);
    expect(typoDistance("xyz", "chesky", 1)).toBe(2);
  });
});
