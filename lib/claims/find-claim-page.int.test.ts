import { beforeAll, describe, expect, it } from "vitest";
import { corpus } from "../../prisma/seed/corpus";
import { loadCorpus } from "../seed/load-corpus";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { claimCslItem, findCitableClaim } from "./claim-page-citation";
import { claimJsonLd } from "./claim-page-json-ld";
import { findClaimPage, type ClaimPage } from "./find-claim-page";

describe("findClaimPage (demo corpus)", () => {
  const { db } = useTestDatabase();
  let remark: ClaimPage;
  let walkBack: ClaimPage;
  let chamath: ClaimPage;

  const idOf = async (slug: string) => (await db.claim.findFirstOrThrow({ where: { slug }, select: { id: true } })).id;

  beforeAll(async () => {
    await resetDatabase(db);
    await loadCorpus(db, corpus);
    remark = (await findClaimPage(db, await idOf("china-is-going-to-win-the-ai-race")))!;
    walkBack = (await findClaimPage(db, await idOf("china-is-nanoseconds-behind-america-in-ai")))!;
    chamath = (await findClaimPage(db, await idOf("workloads-moved-to-kimi-k2-far-cheaper-than-openai-and-anthropic")))!;
  });

  it("loads Huang's remark with its quote, translation and citations, primary first", () => {
    expect(remark.speaker).toMatchObject({ slug: "jensen-huang", name: "Jensen Huang", kind: "PERSON" });
    expect(remark.statements.map((statement) => statement.lang)).toEqual(["en", "zh-Hant"]);
    expect(remark.quotes).toHaveLength(1);
    expect(remark.quotes[0]).toMatchObject({ text: "China is going to win the AI race.", lang: "en", spokenLang: "en" });
    expect(remark.quotes[0]!.translations[0]).toMatchObject({
      lang: "zh-Hant",
      translator: null,
      source: { title: expect.stringContaining("觀察者網") },
    });
    expect(remark.citations.map((citation) => [citation.role, citation.paragraph])).toEqual([
      ["PRIMARY", null],
      ["RELAY", 3],
      ["RELAY", 1],
    ]);
  });

  it("draws the relay chain from the FT to the article, with the article's two wordings compared", () => {
    expect(remark.relayChains).toHaveLength(1);
    const chain = remark.relayChains[0]!;
    expect(chain.map((hop) => hop.source.containerTitle ?? hop.source.title)).toEqual([
      "Financial Times",
      "Bloomberg Opinion",
      "观察者网",
      expect.stringContaining("Authorised republication"),
    ]);
    expect(chain.map((hop) => hop.citedAs)).toEqual(["PRIMARY", null, null, "RELAY"]);
    expect(chain[3]!.wordings.map((wording) => wording.change.kind)).toEqual(["translated", "changed"]);
  });

  it("walks every stored relation: each chain starts at its origin, or names the relays it could have come through", async () => {
    const claims = await db.claim.findMany({ select: { id: true, slug: true }, orderBy: { id: "asc" } });
    const unresolved: string[] = [];
    for (const { id, slug } of claims) {
      const page = (await findClaimPage(db, id))!;
      for (const chain of page.relayChains) {
        const first = chain[0]!;
        if (first.citedAs === "PRIMARY" || first.inferred) expect(first.unresolvedUpstream).toEqual([]);
        else unresolved.push(`${slug}: ${first.unresolvedUpstream.map((source) => source.containerTitle ?? source.title).join(" | ")}`);
      }
    }
    // Paragraph 5 is credited to Reuters, but the Reuters item is not identified: the one hop not resolved.
    expect(unresolved).toEqual([
      "half-of-ai-researchers-are-chinese-you-cannot-stop-them: 观察者网 | [Reuters item credited by the article for Jensen Huang's remark on Chinese AI researchers]",
    ]);
  });

  it("takes Schmidt and Xu's op-ed from The New York Times column that quotes it, and a16z's post likewise", async () => {
    for (const [slug, origin] of [
      ["silicon-valley-should-be-less-obsessed-with-agi-and-learn-from-china", "[Op-ed by Eric Schmidt and Selina Xu"],
      ["as-china-races-ahead-we-may-be-stuck-in-the-past", "[Andreessen Horowitz blog post"],
    ] as const) {
      const chain = (await findClaimPage(db, await idOf(slug)))!.relayChains[0]!;
      expect(chain.map((hop) => hop.source.title.slice(0, origin.length))[0]).toBe(origin);
      expect(chain[0]).toMatchObject({ inferred: true });
      expect(chain[1]!.source.title).toContain("Li Yuan's column");
      expect(chain.map((hop) => hop.wordings.length)).toEqual([0, 0, 0, 1]);
    }
  });

  it("shows the walk-back on both claims", () => {
    expect(remark.related).toContainEqual(
      expect.objectContaining({ direction: "incoming", kind: "WALKS_BACK", claim: expect.objectContaining({ id: walkBack.id }) }),
    );
    expect(walkBack.related).toContainEqual(
      expect.objectContaining({ direction: "outgoing", kind: "WALKS_BACK", claim: expect.objectContaining({ id: remark.id }) }),
    );
    const relation = walkBack.related.find((related) => related.kind === "WALKS_BACK")!;
    expect(relation.relatedAt?.toISOString().slice(0, 10)).toBe("2025-11-05");
    expect(relation.source?.title).toContain("NVIDIA on X");
  });

  it("infers the All-In episode as the origin of a remark only relayed", () => {
    const chain = chamath.relayChains[0]!;
    expect(chain.map((hop) => hop.source.containerTitle ?? hop.source.title)).toEqual([
      "All-In",
      "Bloomberg Opinion",
      "观察者网",
      expect.stringContaining("Authorised republication"),
    ]);
    expect(chain[0]).toMatchObject({ inferred: true, citedAs: null });
    expect(chamath.quotes[0]).toMatchObject({ lang: "zh-Hant", spokenLang: "en" });
  });

  it("lists the revisions of the claim, its quote and its citations, by Claimtrail", () => {
    const types = remark.revisions.map((revision) => revision.recordType);
    expect(types.filter((type) => type === "claim")).toHaveLength(1);
    expect(types.filter((type) => type === "quote")).toHaveLength(1);
    expect(types.filter((type) => type === "citation")).toHaveLength(3);
    expect(types.filter((type) => type === "claim_relation")).toHaveLength(2);
    expect(new Set(remark.revisions.map((revision) => revision.author))).toEqual(new Set(["Claimtrail"]));
  });

  it("returns null for an unknown claim and for a draft", async () => {
    expect(await findClaimPage(db, 999_999)).toBeNull();
    await db.claim.update({ where: { id: chamath.id }, data: { state: "DRAFT" } });
    expect(await findClaimPage(db, chamath.id)).toBeNull();
    expect(await findCitableClaim(db, chamath.id)).toBeNull();
    await db.claim.update({ where: { id: chamath.id }, data: { state: "PUBLISHED" } });
  });

  it("cites the primary source, for the page and for the download alike", async () => {
    const origin = "https://claimtrail.example";
    const item = claimCslItem(remark, origin);
    expect(item).toMatchObject({ type: "interview", "container-title": "Financial Times", issued: { "date-parts": [[2025, 11, 5]] } });
    expect(item?.note).toContain(`${origin}/claims/${remark.id}-china-is-going-to-win-the-ai-race`);
    expect(claimCslItem((await findCitableClaim(db, remark.id))!, origin)).toEqual(item);
  });

  it("describes the claim as schema.org data", () => {
    const graph = claimJsonLd(remark, "https://claimtrail.example/claims/1-x", "https://claimtrail.example")["@graph"] as Record<
      string,
      unknown
    >[];
    expect(graph.slice(0, 2).map((node) => node["@type"])).toEqual(["Quotation", "Claim"]);
    const speaker = "https://claimtrail.example/entities/jensen-huang#entity";
    expect(graph[0]).toMatchObject({
      text: "China is going to win the AI race.",
      spokenByCharacter: { "@id": speaker },
      datePublished: "2025-11-05",
    });
    expect(graph.find((node) => node["@id"] === speaker)).toMatchObject({ "@type": "Person", name: "Jensen Huang" });
  });
});
