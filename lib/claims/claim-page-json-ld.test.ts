import { describe, expect, it } from "vitest";
import { SourceType } from "../db/generated/enums";
import { entityJsonLd } from "../json-ld/entity-json-ld";
import { schemaTypeOfSource, serializeJsonLd } from "../json-ld/schema-nodes";
import { flattenJsonLd, isSchemaOrgType, schemaOrgProblems } from "../testing/schema-org";
import type { EntityPage } from "../entities/find-entity-page";
import { claimJsonLd } from "./claim-page-json-ld";
import type { ClaimPage, ClaimPageCitation } from "./find-claim-page";

const origin = "https://claimtrail.example";
const canonical = `${origin}/claims/1-china-is-going-to-win-the-ai-race`;
const huangId = `${origin}/entities/jensen-huang#entity`;

const sourceBase = {
  containerTitle: null,
  authors: [],
  issued: new Date("2025-11-05T00:00:00Z"),
  issuedPrecision: "DAY",
  url: null,
  accessed: null,
  archiveUrl: null,
  archivedAt: null,
  lang: "en",
  doi: null,
  publisherId: null,
  publisher: null,
  snapshot: null,
  relationsFrom: [],
};
const ft = {
  ...sourceBase,
  id: 4,
  type: "INTERVIEW",
  title: "[Financial Times report]",
  containerTitle: "Financial Times",
  publisherId: 9,
  publisher: { slug: "financial-times", name: "Financial Times", kind: "ORGANIZATION" },
} as unknown as ClaimPageCitation["source"];
const bloomberg = {
  ...sourceBase,
  id: 5,
  type: "ARTICLE",
  title: "Nvidia's Huang Says China Will Win AI Race",
  url: "https://www.bloomberg.com/news/huang",
  publisherId: 10,
  publisher: { slug: "bloomberg", name: "Bloomberg", kind: "ORGANIZATION" },
  authors: [{ family: "Lee", given: "Jane" }, { literal: "Bloomberg News" }],
} as unknown as ClaimPageCitation["source"];

const primary = {
  id: 1,
  quoteId: 1,
  claimId: null,
  sourceId: 4,
  source: ft,
  role: "PRIMARY",
  exact: "China is going to win the AI race",
} as ClaimPageCitation;
const relay = {
  id: 2,
  quoteId: 1,
  claimId: null,
  sourceId: 5,
  source: bloomberg,
  role: "RELAY",
  exact: "China is going to win the AI race",
} as ClaimPageCitation;

const page = {
  id: 1,
  slug: "china-is-going-to-win-the-ai-race",
  speaker: { slug: "jensen-huang", name: "Jensen Huang", kind: "PERSON" },
  coSpeakers: [],
  status: "SOURCED_UNVERIFIED",
  actualSpeaker: null,
  misattributedBy: null,
  misattributionEvidence: null,
  claimedAt: new Date("2025-11-05T00:00:00Z"),
  claimedAtPrecision: "DAY",
  statements: [{ lang: "en", text: "China is going to win the AI race." }],
  about: [{ slug: "nvidia", name: "NVIDIA", kind: "ORGANIZATION" }],
  tags: [{ slug: "ai-race", label: "AI race" }],
  quotes: [
    {
      id: 1,
      text: "China is going to win the AI race.",
      lang: "en",
      spokenLang: "en",
      translations: [{ id: 1, lang: "zh-Hant", text: "中國將贏得人工智能競賽。", translator: null, source: null, isOfficial: false }],
      citations: [primary, relay],
    },
  ],
  citations: [primary, relay],
  verdict: null,
  verdictNote: null,
  updatedAt: new Date("2025-11-12T00:00:00Z"),
} as unknown as ClaimPage;

const huangPage = {
  slug: "jensen-huang",
  kind: "PERSON",
  name: "Jensen Huang",
  description: "CEO of NVIDIA.",
  wikidataId: "Q305177",
  deprecatedAt: null,
  names: [
    { lang: "en", value: "Jensen Huang", kind: "NAME" },
    { lang: "zh-Hant", value: "黃仁勳", kind: "NAME" },
  ],
  memberships: [{ entity: { slug: "nvidia", name: "NVIDIA" }, role: "CEO", startDate: null, endDate: null }],
  members: [],
  spoken: [],
  about: [],
  published: [],
} as unknown as EntityPage;

type Graph = { "@graph": Record<string, unknown>[] };
const graphOf = (data: object) => (data as Graph)["@graph"];
const ofType = (data: object, type: string) => graphOf(data).find((node) => node["@type"] === type)!;

describe("claimJsonLd", () => {
  it("describes the quotation and the claim, based on the primary source, and cites every source", () => {
    const data = claimJsonLd(page, canonical, origin);
    expect(ofType(data, "Quotation")).toMatchObject({
      "@id": `${canonical}#quote-1`,
      text: "China is going to win the AI race.",
      spokenByCharacter: { "@id": huangId },
      creator: { "@id": huangId },
      datePublished: "2025-11-05",
      isBasedOn: { "@id": `${origin}/sources/4#source` },
      workTranslation: [{ "@type": "Quotation", text: "中國將贏得人工智能競賽。", inLanguage: "zh-Hant" }],
    });
    expect(ofType(data, "Claim")).toMatchObject({
      text: "China is going to win the AI race.",
      author: { "@id": huangId },
      about: { "@id": `${origin}/entities/nvidia#entity` },
      keywords: "AI race",
      firstAppearance: { "@id": `${origin}/sources/4#source` },
      citation: [{ "@id": `${origin}/sources/4#source` }, { "@id": `${origin}/sources/5#source` }],
    });
    expect(graphOf(data).filter((node) => node["@type"] === "ClaimReview")).toEqual([]);
  });

  it("gives speakers, organisations and sources one node each, with ids from their pages and specific types", async () => {
    const data = claimJsonLd(page, canonical, origin);
    expect(ofType(data, "Person")).toEqual({
      "@type": "Person",
      "@id": huangId,
      name: "Jensen Huang",
      url: `${origin}/entities/jensen-huang`,
    });
    expect(ofType(data, "NewsArticle")).toMatchObject({
      "@id": `${origin}/sources/5#source`,
      url: "https://www.bloomberg.com/news/huang",
      mainEntityOfPage: `${origin}/sources/5`,
      publisher: { "@id": `${origin}/entities/bloomberg#entity` },
      author: [
        { "@type": "Person", name: "Jane Lee" },
        { "@type": "Organization", name: "Bloomberg News" },
      ],
    });
    const nodes = await flattenJsonLd(data);
    // Referred to from the quotation (twice) and the claim, the speaker is still one node.
    expect(nodes.get(huangId)).toMatchObject({
      "@type": ["https://schema.org/Person"],
      "https://schema.org/name": [{ "@value": "Jensen Huang" }],
    });
    expect([...nodes.keys()].filter((id) => id.includes("jensen-huang"))).toEqual([huangId]);
    expect(nodes.get(`${origin}/entities/bloomberg#entity`)?.["@type"]).toEqual(["https://schema.org/Organization"]);
    // Every cited source is a node of the graph, not a dangling reference.
    for (const cited of nodes.get(`${canonical}#claim`)!["https://schema.org/citation"] as { "@id": string }[])
      expect(nodes.get(cited["@id"])?.["@type"]).toBeDefined();
    expect(schemaOrgProblems(nodes.values())).toEqual([]);
  });

  it("is the same speaker node as on the speaker's own page", async () => {
    const nodes = await flattenJsonLd(claimJsonLd(page, canonical, origin), entityJsonLd(huangPage, origin));
    expect(nodes.get(huangId)).toMatchObject({
      "https://schema.org/alternateName": [{ "@value": "黃仁勳" }],
      "https://schema.org/sameAs": [{ "@value": "https://www.wikidata.org/wiki/Q305177" }],
      "https://schema.org/affiliation": [{ "@id": `${origin}/entities/nvidia#entity` }],
    });
    expect(schemaOrgProblems(nodes.values())).toEqual([]);
  });

  it("has a schema.org type for every source type, the specific one where schema.org has it", () => {
    const types = Object.fromEntries(Object.values(SourceType).map((type) => [type, schemaTypeOfSource(type)]));
    expect(types).toEqual({
      ARTICLE: "NewsArticle",
      PODCAST_EPISODE: "PodcastEpisode",
      INTERVIEW: "CreativeWork",
      BLOG_POST: "BlogPosting",
      SOCIAL_POST: "SocialMediaPosting",
      EARNINGS_CALL: "CreativeWork",
      DATASET: "Dataset",
      VIDEO: "VideoObject",
      REPORT: "Report",
      PRESS_RELEASE: "Article",
    });
    expect(Object.values(types).filter((type) => !isSchemaOrgType(type))).toEqual([]);
    expect(isSchemaOrgType("Interview")).toBe(false);
  });

  it("names every co-speaker as an author", () => {
    const xu = { slug: "selina-xu", name: "Selina Xu", kind: "PERSON" };
    const data = claimJsonLd({ ...page, coSpeakers: [xu] }, canonical, origin);
    const authors = [{ "@id": huangId }, { "@id": `${origin}/entities/selina-xu#entity` }];
    expect(ofType(data, "Quotation").spokenByCharacter).toEqual(authors);
    expect(ofType(data, "Claim").author).toEqual(authors);
    expect(
      graphOf(data)
        .filter((node) => node["@type"] === "Person")
        .map((node) => node.name),
    ).toEqual(["Jensen Huang", "Selina Xu"]);
  });

  it("never credits a misattributed claim to the wrong speaker, and says who misattributed it", () => {
    const misattributed = {
      ...page,
      status: "MISATTRIBUTED",
      misattributedBy: { slug: "a-blog", name: "A Blog" },
      misattributionEvidence: "The interview has no such line.",
    };
    const data = claimJsonLd(misattributed, canonical, origin);
    expect(ofType(data, "Quotation")).not.toHaveProperty("spokenByCharacter");
    expect(ofType(data, "Claim")).not.toHaveProperty("author");
    expect(graphOf(data).filter((node) => node["@type"] === "Person")).toEqual([]);
    expect(ofType(data, "Claim").description).toBe(
      "Misattributed to Jensen Huang by A Blog. Who said it is not known. Evidence: The interview has no such line.",
    );
    const known = claimJsonLd({ ...misattributed, actualSpeaker: { slug: "li-yuan", name: "Li Yuan", kind: "PERSON" } }, canonical, origin);
    expect(ofType(known, "Quotation").spokenByCharacter).toEqual({ "@id": `${origin}/entities/li-yuan#entity` });
    expect(ofType(known, "Person")).toMatchObject({ name: "Li Yuan" });
  });

  it("adds a review only when there is a verdict", async () => {
    const data = claimJsonLd({ ...page, verdict: "MOSTLY_FALSE", verdictNote: "The US still leads in chips." }, canonical, origin);
    expect(ofType(data, "ClaimReview")).toMatchObject({
      claimReviewed: "China is going to win the AI race.",
      itemReviewed: { "@id": `${canonical}#claim` },
      author: { "@id": `${origin}/#organization`, name: "Claimtrail" },
      reviewRating: { "@type": "Rating", alternateName: "Mostly false", ratingValue: 2, bestRating: 5, worstRating: 1 },
      reviewBody: "The US still leads in chips.",
    });
    expect(schemaOrgProblems((await flattenJsonLd(data)).values())).toEqual([]);
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
