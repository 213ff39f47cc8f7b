import { describe, expect, it } from "vitest";
import { openGraphLocale, publicPageMetadata, speakerFeed, topicFeed } from "./page-metadata";

const origin = "https://claimtrail.example";

describe("publicPageMetadata", () => {
  const metadata = publicPageMetadata({
    origin,
    path: "/claims/1-china-is-going-to-win-the-ai-race",
    title: "Jensen Huang: “China is going to win the AI race.”",
    description: "China is going to win the AI race.",
    type: "article",
    contentLanguages: ["en", "zh-Hant"],
    feeds: [speakerFeed({ slug: "jensen-huang", name: "Jensen Huang" }), topicFeed({ slug: "china-ai-race", label: "China–US AI race" })],
    alternateTypes: { "application/x-bibtex": `${origin}/claims/1/cite?format=bibtex` },
    openGraph: { publishedTime: "2025-11-05" },
  });

  it("gives Open Graph the canonical address, the page's language and those of its words", () => {
    expect(metadata.alternates?.canonical).toBe(`${origin}/claims/1-china-is-going-to-win-the-ai-race`);
    expect(metadata.openGraph).toMatchObject({
      type: "article",
      url: `${origin}/claims/1-china-is-going-to-win-the-ai-race`,
      siteName: "Claimtrail",
      locale: "en_GB",
      alternateLocale: ["zh_TW"],
      publishedTime: "2025-11-05",
      title: "Jensen Huang: “China is going to win the AI race.”",
      description: "China is going to win the AI race.",
    });
    expect(metadata.twitter).toEqual({
      card: "summary",
      title: "Jensen Huang: “China is going to win the AI race.”",
      description: "China is going to win the AI race.",
    });
  });

  it("links the site's feed first, then the page's own, beside its other formats", () => {
    expect(metadata.alternates?.types).toEqual({
      "application/x-bibtex": `${origin}/claims/1/cite?format=bibtex`,
      "application/atom+xml": [
        { title: "New and changed claims", url: `${origin}/feeds/claims.atom` },
        { title: "Claims by Jensen Huang", url: `${origin}/feeds/speakers/jensen-huang.atom` },
        { title: "Claims on China–US AI race", url: `${origin}/feeds/topics/china-ai-race.atom` },
      ],
    });
  });

  it("keeps the home page's title whole", () => {
    expect(publicPageMetadata({ origin, path: "/", title: "Claimtrail", absoluteTitle: true, description: "x" }).title).toEqual({
      absolute: "Claimtrail",
    });
  });
});

describe("openGraphLocale", () => {
  it("writes a BCP 47 tag as Open Graph's language_TERRITORY", () => {
    expect(["en", "zh-Hant", "zh-Hans", "pt-BR", "sr-Latn-RS", "de"].map(openGraphLocale)).toEqual([
      "en_GB",
      "zh_TW",
      "zh_CN",
      "pt_BR",
      "sr_RS",
      "de",
    ]);
  });
});
