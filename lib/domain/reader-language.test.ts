import { describe, expect, it } from "vitest";
import { inReaderLanguage, readerLanguages } from "./reader-language";

describe("the reader's language", () => {
  it("reads Accept-Language by preference, dropping refusals and junk", () => {
    expect(readerLanguages("zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7")).toEqual(["zh-TW", "zh", "en-US", "en"]);
    expect(readerLanguages("en;q=0.5, fr, de;q=0, *;q=0.1, <b>")).toEqual(["fr", "en"]);
    expect(readerLanguages(null)).toEqual([]);
  });

  const statements = [
    { lang: "en", text: "China is going to win the AI race." },
    { lang: "zh-Hant", text: "中國將贏得人工智能（AI）競賽。" },
  ];
  it("picks the statement in the reader's language, Traditional for Taiwan and Hong Kong", () => {
    expect(inReaderLanguage(statements, ["zh-TW", "en"])?.lang).toBe("zh-Hant");
    expect(inReaderLanguage(statements, ["zh-HK"])?.lang).toBe("zh-Hant");
    // Simplified Chinese wanted, only Traditional recorded: the same language comes before English.
    expect(inReaderLanguage(statements, ["zh-CN", "en"])?.lang).toBe("zh-Hant");
    expect(inReaderLanguage(statements, ["en-GB", "zh"])?.lang).toBe("en");
  });

  it("falls back to English, then to the first", () => {
    expect(inReaderLanguage(statements, ["fr"])?.lang).toBe("en");
    expect(inReaderLanguage(statements, [])?.lang).toBe("en");
    expect(inReaderLanguage([{ lang: "zh-Hans", text: "x" }], ["fr"])?.lang).toBe("zh-Hans");
    expect(inReaderLanguage([], ["en"])).toBeNull();
  });
});
