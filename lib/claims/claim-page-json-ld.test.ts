import { describe, expect, it } from "vitest";
import { claimJsonLd, serializeJsonLd } from "./claim-page-json-ld";
import type { ClaimPage, ClaimPageCitation } from "./find-claim-page";

const origin = "https://claimtrail.example";
const canonical = `${origin}/claims/1-china-is-going-to-win-the-ai-race`;

const ft = {
  id: 4, type: "INTERVIEW", title: "[Financial Times report]", containerTitle: "Financial Times", authors: [],
  issued: new Date("2025-11-05T00:00:00Z"), issuedPrecision: "DAY", url: null, accessed: null, archiveUrl: null, archivedAt: null,
  lang: "en", doi: null, publisherId: 9, publisher: { slug: "financial-times", name: "Financial Times" }, snapshot: null, relationsFrom: [],
} as ClaimPageCitation["source"];

const citation = { id: 1, quoteId: 1, claimId: null, sourceId: 4, source: ft, role: "PRIMARY", exact: "China is going to win the AI race" } as ClaimPageCitation;

const page = {
  id: 1, slug: "china-is-going-to-win-the-ai-race",
  speaker: { slug: "jensen-huang", name: "Jensen Huang", kind: "PERSON" },
  coSpeakers: [], status: "SOURCED_UNVERIFIED", actualSpeaker: null, misattributedBy: null, misattributionEvidence: null,
  claimedAt: new Date("2025-11-05T00:00:00Z"), claimedAtPrecision: "DAY",
  statements: [{ lang: "en", text: "China is going to win the AI race." }],
  quotes: [{ id: 1, text: "China is going to win the AI race.", lang: "en", spokenLang: "en", translations: [{ id: 1, lang: "zh-Hant", text: "中國將贏得人工智能競賽。", translator: null, source: null, isOfficial: false }], citations: [citation] }],
  citations: [citation],
  verdict: null, verdictNote: null, updatedAt: new Date("2025-11-12T00:00:00Z"),
} as unknown as ClaimPage;

type Graph = { "@graph": Record<string, unknown>[] };

describe("claimJsonLd", () => {
  it("describes the quotation and the claim, based on the primary source", () => {
    const [quotation, claim, ...rest] = (claimJsonLd(page, canonical, origin) as Graph)["@graph"];
    expect(quotation).toMatchObject({
      "@type": "Quotation",
      text: "China is going to win the AI race.",
      spokenByCharacter: { "@type": "Person", name: "Jensen Huang", url: `${origin}/entities/jensen-huang` },
      creator: { name: "Jensen Huang" },
      datePublished: "2025-11-05",
      isBasedOn: { "@type": "CreativeWork", name: "[Financial Times report]", url: `${origin}/sources/4`, publisher: { name: "Financial Times" } },
      workTranslation: [{ "@type": "Quotation", text: "中國將贏得人工智能競賽。", inLanguage: "zh-Hant" }],
    });
    expect(claim).toMatchObject({ "@type": "Claim", text: "China is going to win the AI race.", author: { name: "Jensen Huang" }, appearance: [{ name: "[Financial Times report]" }] });
    expect(rest).toEqual([]);
  });

  it("names every co-speaker as an author", () => {
    const xu = { slug: "selina-xu", name: "Selina Xu", kind: "PERSON" };
    const [quotation, claim] = (claimJsonLd({ ...page, coSpeakers: [xu] }, canonical, origin) as Graph)["@graph"];
    expect(quotation!.spokenByCharacter).toEqual([expect.objectContaining({ name: "Jensen Huang" }), expect.objectContaining({ name: "Selina Xu" })]);
    expect(claim!.author).toEqual([expect.objectContaining({ name: "Jensen Huang" }), expect.objectContaining({ name: "Selina Xu" })]);
  });

  it("never credits a misattributed claim to the wrong speaker, and says who misattributed it", () => {
    const misattributed = { ...page, status: "MISATTRIBUTED", misattributedBy: { slug: "a-blog", name: "A Blog" }, misattributionEvidence: "The interview has no such line." };
    const [quotation, claim] = (claimJsonLd(misattributed, canonical, origin) as Graph)["@graph"];
    expect(quotation).not.toHaveProperty("spokenByCharacter");
    expect(claim).not.toHaveProperty("author");
    expect(claim!.description).toBe("Misattributed to Jensen Huang by A Blog. Who said it is not known. Evidence: The interview has no such line.");
    const known = (claimJsonLd({ ...misattributed, actualSpeaker: { slug: "li-yuan", name: "Li Yuan", kind: "PERSON" } }, canonical, origin) as Graph)["@graph"];
    expect(known[0]!.spokenByCharacter).toMatchObject({ name: "Li Yuan" });
    expect(JSON.stringify(known[0])).not.toContain("Jensen Huang");
  });

  it("adds a review only when there is a verdict", () => {
    const graph = (claimJsonLd({ ...page, verdict: "MOSTLY_FALSE", verdictNote: "The US still leads in chips." }, canonical, origin) as Graph)["@graph"];
    expect(graph[2]).toMatchObject({
      "@type": "ClaimReview",
      claimReviewed: "China is going to win the AI race.",
      itemReviewed: { "@id": `${canonical}#claim` },
      reviewRating: { "@type": "Rating", alternateName: "Mostly false", ratingValue: 2, bestRating: 5, worstRating: 1 },
      reviewBody: "The US still leads in chips.",
    });
  });
});

describe("serializeJsonLd", () => {
  it("cannot close its script element, and reads back unchanged", () => {
    const data = { text: "</script><script>alert(1)</script> <!-- \u2028" };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual(data);
  });
});
