import { beforeAll, describe, expect, it } from "vitest";
import { corpus } from "../../prisma/seed/corpus";
import type { Corpus } from "../../prisma/seed/corpus-types";
import { findUnanchoredCitations } from "../sources/source-snapshot";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { CorpusValidationError, loadCorpus, type LoadCorpusSummary } from "./load-corpus";

const REVISIONED_TABLES = {
  entity: "entities",
  source: "sources",
  source_relation: "source_relations",
  claim: "claims",
  quote: "quotes",
  citation: "citations",
  claim_relation: "claim_relations",
} as const;

const COUNTED_TABLES = [
  ...Object.values(REVISIONED_TABLES),
  "entity_names",
  "affiliations",
  "tags",
  "claim_statements",
  "claim_entities",
  "claim_tags",
  "quote_translations",
  "revisions",
  "search_outbox",
];

describe("loadCorpus (demo corpus)", () => {
  const { db } = useTestDatabase();
  let first: LoadCorpusSummary;

  async function tableCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of COUNTED_TABLES) {
      const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
      counts[table] = row!.n;
    }
    return counts;
  }

  const claimBySlug = (slug: string) =>
    db.claim.findFirstOrThrow({
      where: { slug },
      include: {
        statements: true,
        quotes: { include: { citations: { include: { source: true } } } },
        citations: { include: { source: true } },
      },
    });

  beforeAll(async () => {
    await resetDatabase(db);
    first = await loadCorpus(db, corpus);
  });

  it("loads the whole corpus", async () => {
    expect(first.created).toEqual(first.inCorpus);
    expect(first.created.claims).toBeGreaterThanOrEqual(30);
    const counts = await tableCounts();
    expect(counts.entities).toBe(first.inCorpus.entities);
    expect(counts.sources).toBe(first.inCorpus.sources);
    expect(counts.claims).toBe(first.inCorpus.claims);
    expect(counts.quotes).toBe(first.inCorpus.quotes);
    expect(counts.citations).toBe(first.inCorpus.citations);
    expect(counts.claim_relations).toBe(first.inCorpus.claimRelations);
  });

  it("creates nothing on a second run, and leaves every table as it was", async () => {
    const before = await tableCounts();
    const second = await loadCorpus(db, corpus);
    expect(second.totalCreated).toBe(0);
    expect(Object.values(second.created).every((count) => count === 0)).toBe(true);
    expect(await tableCounts()).toEqual(before);
  });

  it("names Jensen Huang in English, Traditional and Simplified Chinese", async () => {
    const huang = await db.entity.findUniqueOrThrow({ where: { slug: "jensen-huang" }, include: { names: true } });
    expect(huang.wikidataId).toBe("Q305177");
    const primary = Object.fromEntries(huang.names.filter((name) => name.kind === "NAME").map((name) => [name.lang, name.value]));
    expect(primary).toEqual({ en: "Jensen Huang", "zh-Hant": "黃仁勳", "zh-Hans": "黄仁勋" });
    expect(huang.names.some((name) => name.kind === "ALIAS")).toBe(true);
    const found = await db.entityName.findMany({ where: { value: { in: ["黃仁勳", "黄仁勋"] } }, select: { entityId: true } });
    expect(found.map((name) => name.entityId)).toEqual([huang.id, huang.id]);
  });

  it("links the walk-back to the remark it walks back, on the evidence of NVIDIA's post", async () => {
    const relation = await db.claimRelation.findFirstOrThrow({
      where: { kind: "WALKS_BACK" },
      include: {
        from: { include: { speaker: true, quotes: true } },
        to: { include: { speaker: true, quotes: true } },
        source: { include: { publisher: true } },
      },
    });
    expect(relation.from.speaker.slug).toBe("jensen-huang");
    expect(relation.to.speaker.slug).toBe("jensen-huang");
    expect(relation.from.quotes[0]?.text).toContain("nanoseconds behind America");
    expect(relation.to.quotes[0]?.text).toBe("China is going to win the AI race.");
    expect(relation.relatedAt?.toISOString().slice(0, 10)).toBe("2025-11-05");
    expect(relation.source?.type).toBe("SOCIAL_POST");
    expect(relation.source?.publisher?.slug).toBe("nvidia");
  });

  it("walks the relay chain article → 觀察者網 → Bloomberg → All-In through source relations", async () => {
    const article = await db.source.findFirstOrThrow({ where: { lang: "zh-Hant", issued: new Date("2025-11-10T00:00:00Z") } });
    const episode = await db.source.findFirstOrThrow({ where: { type: "PODCAST_EPISODE", publisher: { slug: "all-in-podcast" } } });
    const relations = await db.sourceRelation.findMany();
    // Breadth-first from the article along `from → to`: the shortest chain of relays.
    const previous = new Map<number, number>([[article.id, article.id]]);
    const queue = [article.id];
    while (queue.length && !previous.has(episode.id)) {
      const at = queue.shift()!;
      for (const relation of relations.filter((r) => r.fromSourceId === at && !previous.has(r.toSourceId))) {
        previous.set(relation.toSourceId, at);
        queue.push(relation.toSourceId);
      }
    }
    expect(previous.has(episode.id)).toBe(true);
    const chain = [episode.id];
    while (chain[0] !== article.id) chain.unshift(previous.get(chain[0]!)!);
    const hops = await Promise.all(chain.map((id) => db.source.findUniqueOrThrow({ where: { id }, include: { publisher: true } })));
    expect(hops.map((source) => source.publisher?.slug ?? null)).toEqual([null, "guancha", "bloomberg", "all-in-podcast"]);
    expect(hops[2]!.title).toBe("How Much of Silicon Valley Is Built on Chinese AI?");
    const kinds = relations.filter((r) => r.fromSourceId === article.id && r.toSourceId === hops[1]!.id).map((r) => r.kind);
    expect(kinds).toContain("REPUBLISHES");
  });

  it("records the Qwen 385.3M vs Llama 346.2M figure with its dataset and its relay", async () => {
    const claim = await claimBySlug("qwen-385-3m-downloads-overtakes-llama-346-2m");
    const english = claim.statements.find((statement) => statement.lang === "en")!.text;
    expect(english).toContain("385.3 million");
    expect(english).toContain("346.2 million");
    const dataset = claim.citations.find((citation) => citation.source.type === "DATASET");
    expect(dataset?.role).toBe("PRIMARY");
    const relay = claim.citations.find((citation) => citation.role === "RELAY");
    expect(relay?.exact).toContain("3.853億次");
    expect(relay?.paragraph).toBe(18);
    const speaker = await db.entity.findUniqueOrThrow({ where: { id: claim.speakerId } });
    expect(speaker.slug).toBe("atom-project");
  });

  it("cites every claim at least once, and quotes the article exactly", async () => {
    const claims = await db.claim.findMany({ include: { citations: true, quotes: { include: { citations: true } } } });
    const uncited = claims.filter(
      (claim) => claim.citations.length + claim.quotes.reduce((n, quote) => n + quote.citations.length, 0) === 0,
    );
    expect(uncited.map((claim) => claim.slug)).toEqual([]);
    const articleText = corpus.documents[0]!.text;
    const articleCitations = await db.citation.findMany({
      where: { source: { lang: "zh-Hant", issued: new Date("2025-11-10T00:00:00Z") } },
    });
    expect(articleCitations.length).toBeGreaterThan(30);
    for (const citation of articleCitations) {
      expect(articleText).toContain(`${citation.prefix ?? ""}${citation.exact}${citation.suffix ?? ""}`);
      // Anchored in the stored snapshot, word for word, at the place the words are.
      expect(citation.anchorCloseness).toBe(1);
      expect(articleText.slice(citation.anchorStart!, citation.anchorEnd!)).toBe(citation.exact);
    }
  });

  it("gives each created record a CREATE revision and announces it to the search index", async () => {
    for (const [recordType, table] of Object.entries(REVISIONED_TABLES)) {
      const missing = await db.$queryRawUnsafe<{ id: number }[]>(
        `SELECT t.id FROM "${table}" t WHERE NOT EXISTS (
           SELECT 1 FROM revisions r WHERE r.record_type = $1 AND r.record_id = t.id AND r.version = 1 AND r.action = 'CREATE' AND r.author_id IS NULL)`,
        recordType,
      );
      expect(missing, `${table} without a CREATE revision`).toEqual([]);
    }
    const revision = await db.revision.findFirstOrThrow({ where: { recordType: "claim" } });
    expect(revision.reason).toBe("Demo corpus: article of 2025-11-10");
    expect(revision.snapshot).toMatchObject({ id: revision.recordId, statements: expect.any(Array) });

    const outbox = await db.searchOutbox.count();
    expect(outbox).toBeGreaterThan(0);
    for (const [recordType, table] of [
      ["entity", "entities"],
      ["source", "sources"],
      ["claim", "claims"],
      ["quote", "quotes"],
      ["citation", "citations"],
    ]) {
      const missing = await db.$queryRawUnsafe<{ id: number }[]>(
        `SELECT t.id FROM "${table}" t WHERE NOT EXISTS (SELECT 1 FROM search_outbox o WHERE o.record_type = $1 AND o.record_id = t.id)`,
        recordType,
      );
      expect(missing, `${table} not in the outbox`).toEqual([]);
    }
  });

  it("rejects a corpus whose citation does not match the article, naming the record and writing nothing", async () => {
    const before = await tableCounts();
    const [claim, ...rest] = corpus.claims;
    const broken: Corpus = {
      ...corpus,
      claims: [
        {
          ...claim!,
          slug: "a-new-slug",
          citations: [{ source: "article-2025-11-10", role: "RELAY", paragraph: 3, exact: "中國將輸掉人工智能競賽" }],
          quotes: [],
        },
        ...rest,
      ],
    };
    const attempt = loadCorpus(db, broken);
    await expect(attempt).rejects.toBeInstanceOf(CorpusValidationError);
    await expect(attempt).rejects.toThrow(/claim "huang-china-will-win-ai-race".*does not occur in paragraph 3/);
    expect(await tableCounts()).toEqual(before);
  });

  it("has the database refuse a MISATTRIBUTED claim that does not say who misattributed it and show it", async () => {
    const huang = await db.entity.findUniqueOrThrow({ where: { slug: "jensen-huang" } });
    const bloomberg = await db.entity.findUniqueOrThrow({ where: { slug: "bloomberg" } });
    const base = { slug: "misattribution-check", speakerId: huang.id, status: "MISATTRIBUTED" as const };
    const refused = async (data: Parameters<typeof db.claim.create>[0]["data"]) => {
      await expect(db.claim.create({ data })).rejects.toThrow(/claims_misattribution_check/);
    };
    await refused(base);
    await refused({ ...base, misattributedById: bloomberg.id });
    await refused({ ...base, misattributedById: bloomberg.id, misattributionEvidence: "   " });
    const accepted = await db.claim.create({
      data: { ...base, misattributedById: bloomberg.id, misattributionEvidence: "Test evidence." },
    });
    expect(accepted.status).toBe("MISATTRIBUTED");
    await db.claim.delete({ where: { id: accepted.id } });
  });

  it("on a database seeded by an earlier version, adds the article's text and the citation as it now is, and flags the old words, rewriting no row", async () => {
    // What an earlier corpus left: no stored text, and words of a citation the article does not have.
    const snapshot = await db.sourceSnapshot.findFirstOrThrow();
    const old = await db.citation.findFirstOrThrow({ where: { sourceId: snapshot.sourceId }, orderBy: { id: "asc" } });
    await db.sourceSnapshot.delete({ where: { sourceId: snapshot.sourceId } });
    await db.citation.update({
      where: { id: old.id },
      data: { exact: "Qwen 385.3 million; Llama 346.2 million", anchorStart: null, anchorEnd: null, anchorCloseness: null },
    });

    const rerun = await loadCorpus(db, corpus);
    expect(rerun.totalCreated).toBe(1);
    expect(rerun.created.citations).toBe(1);
    expect(await db.citation.count({ where: { sourceId: snapshot.sourceId, exact: old.exact, anchorCloseness: 1 } })).toBe(1);
    expect(await db.sourceSnapshot.findUniqueOrThrow({ where: { sourceId: snapshot.sourceId } })).toMatchObject({
      contentHash: snapshot.contentHash,
    });
    expect((await findUnanchoredCitations(db)).map((citation) => citation.id)).toEqual([old.id]);
    expect(await db.citation.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      exact: "Qwen 385.3 million; Llama 346.2 million",
      version: old.version,
    });
  });
});
