import { describe, expect, it } from "vitest";
import { diffWording, tokenize } from "./wording-diff";

describe("tokenize", () => {
  it("splits Latin text into words, spaces and punctuation", () => {
    expect(tokenize("It's fast, Qwen3-Coder!")).toEqual(["It's", " ", "fast", ",", " ", "Qwen3-Coder", "!"]);
  });

  it("splits Chinese into characters", () => {
    expect(tokenize("中國（AI）競賽")).toEqual(["中", "國", "（", "AI", "）", "競", "賽"]);
  });
});

describe("diffWording", () => {
  it("marks characters added and removed between two Chinese renderings", () => {
    expect(diffWording("中國將贏得人工智能競賽。", "中國將贏得人工智能（AI）競賽")).toEqual([
      { kind: "same", text: "中國將贏得人工智能" },
      { kind: "added", text: "（AI）" },
      { kind: "same", text: "競賽" },
      { kind: "removed", text: "。" },
    ]);
  });

  it("marks changed words in English", () => {
    expect(diffWording("China is going to win the AI race", "China will win the AI race.")).toEqual([
      { kind: "same", text: "China " },
      { kind: "removed", text: "is going to" },
      { kind: "added", text: "will" },
      { kind: "same", text: " win the AI race" },
      { kind: "added", text: "." },
    ]);
  });

  it("finds nothing to mark in identical wording", () => {
    expect(diffWording("It's very good.", "It's very good.")).toEqual([{ kind: "same", text: "It's very good." }]);
  });

  it("handles empty sides", () => {
    expect(diffWording("", "new")).toEqual([{ kind: "added", text: "new" }]);
    expect(diffWording("old", "")).toEqual([{ kind: "removed", text: "old" }]);
  });

  it("shows very long texts as replaced rather than building a huge table", () => {
    const long = "word ".repeat(600);
    expect(diffWording(long, `${long}more`)).toEqual([
      { kind: "removed", text: long },
      { kind: "added", text: `${long}more` },
    ]);
  });
});
