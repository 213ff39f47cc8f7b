import { describe, expect, it } from "vitest";
import { claimDescription, claimTitle, shorten } from "./claim-page-metadata";

const speaker = { slug: "jensen-huang", name: "Jensen Huang", kind: "PERSON" };
const quote = (text: string, lang: string) => ({ id: 1, text, lang, spokenLang: lang, translations: [], citations: [] });

describe("claim titles for shared links", () => {
  it("names the speaker and quotes the words", () => {
    expect(claimTitle({ speaker, quotes: [quote("China is going to win the AI race.", "en")], statements: [] })).toBe("Jensen Huang: “China is going to win the AI race.”");
    expect(claimTitle({ speaker, quotes: [quote("實際上比OpenAI和Anthropic便宜太多", "zh-Hant")], statements: [] })).toBe("Jensen Huang: 「實際上比OpenAI和Anthropic便宜太多」");
    expect(claimTitle({ speaker, quotes: [], statements: [{ lang: "zh-Hant", text: "中文" }, { lang: "en", text: "English." }] })).toBe("Jensen Huang: “English.”");
  });

  it("shortens long words at a word boundary", () => {
    const long = "As I have long said, China is nanoseconds behind America in AI. It's vital that America wins by racing ahead and winning developers worldwide.";
    expect(shorten(long)).toBe("As I have long said, China is nanoseconds behind America in AI. It's vital that America…");
    expect(Array.from(shorten("中".repeat(200))).length).toBe(90);
  });

  it("describes the claim by its English statement", () => {
    expect(claimDescription({ statements: [{ lang: "en", text: "China is going to win the AI race." }] })).toBe("China is going to win the AI race.");
  });
});
