import { describe, expect, it } from "vitest";
import { claimDescription, claimTitle, shorten } from "./claim-page-metadata";

const speaker = { slug: "jensen-huang", name: "Jensen Huang", kind: "PERSON" };
const said = { speaker, coSpeakers: [], status: "SOURCED_UNVERIFIED", actualSpeaker: null };
const quote = (text: string, lang: string) => ({ id: 1, text, lang, spokenLang: lang, translations: [], citations: [] });

describe("claim titles for shared links", () => {
  it("names the speaker and quotes the words", () => {
    expect(claimTitle({ ...said, quotes: [quote("China is going to win the AI race.", "en")], statements: [] })).toBe(
      "Jensen Huang: “China is going to win the AI race.”",
    );
    expect(claimTitle({ ...said, quotes: [quote("實際上比OpenAI和Anthropic便宜太多", "zh-Hant")], statements: [] })).toBe(
      "Jensen Huang: 「實際上比OpenAI和Anthropic便宜太多」",
    );
    expect(
      claimTitle({
        ...said,
        quotes: [],
        statements: [
          { lang: "zh-Hant", text: "中文" },
          { lang: "en", text: "English." },
        ],
      }),
    ).toBe("Jensen Huang: “English.”");
  });

  it("names co-speakers, and never the speaker of a misattribution", () => {
    const xu = { slug: "selina-xu", name: "Selina Xu", kind: "PERSON" };
    expect(claimTitle({ ...said, coSpeakers: [xu], quotes: [], statements: [{ lang: "en", text: "Less AGI." }] })).toBe(
      "Jensen Huang and Selina Xu: “Less AGI.”",
    );
    const misattributed = { ...said, status: "MISATTRIBUTED", quotes: [quote("Words.", "en")], statements: [] };
    expect(claimTitle(misattributed)).toBe("Unknown speaker: “Words.”");
    expect(claimTitle({ ...misattributed, actualSpeaker: xu })).toBe("Selina Xu: “Words.”");
  });

  it("shortens long words at a word boundary", () => {
    const long =
      "As I have long said, China is nanoseconds behind America in AI. It's vital that America wins by racing ahead and winning developers worldwide.";
    expect(shorten(long)).toBe("As I have long said, China is nanoseconds behind America in AI. It's vital that America…");
    expect(Array.from(shorten("中".repeat(200))).length).toBe(90);
  });

  it("describes the claim by its English statement", () => {
    expect(claimDescription({ statements: [{ lang: "en", text: "China is going to win the AI race." }] })).toBe(
      "China is going to win the AI race.",
    );
  });
});
