import { describe, expect, it } from "vitest";
import { highlight } from "./highlight";
import { matcherFor, parseQuery } from "./query";

describe("parseQuery", () => {
  it("makes the last word a prefix only while it is being typed", () => {
    expect(parseQuery("kimi anth").parts.map((part) => part.prefix)).toEqual([false, true]);
    expect(parseQuery("kimi anth ").parts.map((part) => part.prefix)).toEqual([false, false]);
  });

  it("reads quoted phrases and exclusions", () => {
    const parsed = parseQuery('"win the race" -china qwen');
    expect(parsed.parts[0]).toMatchObject({ kind: "phrase", terms: ["win", "the", "race"], negated: false, prefix: false });
    expect(parsed.excluded).toEqual([{ kind: "word", terms: ["china"], negated: true, prefix: false }]);
    expect(parsed.parts[1]).toMatchObject({ kind: "word", terms: ["qwen"], prefix: true });
  });

  it("turns a Chinese word the segmenter cuts into a phrase", () => {
    expect(parseQuery("通義千問").parts[0]).toMatchObject({ kind: "phrase", terms: ["通义", "千", "问"] });
    expect(parseQuery("Qwen 便宜").parts.map((part) => part.terms)).toEqual([["qwen"], ["便宜"]]);
  });

  it("ignores a lone minus and empty quotes", () => {
    expect(parseQuery('- ""')).toEqual({ parts: [], excluded: [] });
  });
});

describe("highlight", () => {
  it("marks matched words, typos and prefixes in the original text", () => {
    const segments = highlight("Brian Chesky relies on Qwen", matcherFor(parseQuery("cheksy qw")));
    expect(segments).toEqual([
      { value: "Brian ", match: false },
      { value: "Chesky", match: true },
      { value: " relies on ", match: false },
      { value: "Qwen", match: true },
    ]);
  });

  it("marks Traditional text for a Simplified query", () => {
    const segments = highlight("依靠阿里巴巴的通義千問", matcherFor(parseQuery("通义千问")));
    expect(segments.filter((segment) => segment.match).map((segment) => segment.value)).toEqual(["通義", "千", "問"]);
  });

  it("crops long texts around the first match", () => {
    const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(" ");
    const segments = highlight(text, matcherFor(parseQuery("w70 ")), 20);
    expect(segments[0]!.value).toBe("…w65 w66 w67 w68 w69 ");
    expect(segments.at(-1)!.value.endsWith("w84…")).toBe(true);
    expect(segments.find((segment) => segment.match)?.value).toBe("w70");
  });
});
