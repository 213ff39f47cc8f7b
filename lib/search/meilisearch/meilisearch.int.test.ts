import { Meilisearch } from "meilisearch";
import { beforeAll, describe, expect, it } from "vitest";
import type { SearchDocument, SearchQuery, SearchResult } from "../contract";
import { MeilisearchEngine } from "./engine";
import { liveAdminKey, liveSearchKey, liveTitle, liveUrl, useLiveEngine } from "../../testing/meilisearch/live-server";

// The engine's own details against a real Meilisearch, on small documents of its own; the
// search contract on the demo corpus is meilisearch-contract.int.test.ts.

const base = {
  translations: [],
  statements: [],
  entities: [],
  affiliated: [],
  sources: [],
  tags: [],
  claimedAtPrecision: "DAY",
  status: "SOURCED_UNVERIFIED",
  rank: "NORMAL",
  coSpeakers: [],
  misattribution: null,
  rankReason: null,
} satisfies Partial<SearchDocument>;
const huang = { slug: "jensen-huang", name: "Jensen Huang", names: ["Jensen Huang", "黃仁勳", "黄仁勋"] };
const chesky = { slug: "brian-chesky", name: "Brian Chesky", names: ["Brian Chesky"] };
const qwen = { slug: "qwen", name: "Qwen", names: ["Qwen"] };
const openModels = { slug: "open-models", name: "Open models" };
const aiRace = { slug: "ai-race", name: "AI race" };

const documents: SearchDocument[] = [
  {
    ...base,
    id: "q1",
    claimId: 1,
    claimSlug: "huang-china-will-win",
    quoteId: 1,
    text: "China is going to win the AI race.",
    lang: "en",
    statements: [{ lang: "en", text: "Jensen Huang says China will win the AI race." }],
    speaker: huang,
    orgs: [{ slug: "nvidia", name: "NVIDIA" }],
    entities: [{ slug: "china", name: "China", names: ["China", "中國"] }],
    sources: [
      { id: 101, title: "Nvidia's Huang on the AI race", publisher: { slug: "ft", name: "Financial Times" }, url: null, type: "ARTICLE" },
    ],
    tags: [aiRace],
    claimedAt: "2025-11-05",
  },
  {
    ...base,
    id: "q2",
    claimId: 2,
    claimSlug: "chesky-relies-on-qwen",
    quoteId: 2,
    text: "We're relying a lot on Alibaba's Qwen model. It's very good. It's also fast and cheap.",
    lang: "en",
    translations: [{ lang: "zh-Hans", text: "我们很依赖阿里巴巴的 Qwen 模型。它非常好，又快又便宜。" }],
    speaker: chesky,
    orgs: [{ slug: "airbnb", name: "Airbnb" }],
    entities: [qwen],
    sources: [
      { id: 102, title: "Airbnb's CEO on AI models", publisher: { slug: "bloomberg", name: "Bloomberg" }, url: null, type: "INTERVIEW" },
    ],
    tags: [openModels],
    claimedAt: "2025-10-21",
    status: "VERIFIED_PRIMARY",
    rank: "PREFERRED",
  },
  {
    ...base,
    id: "q3",
    claimId: 3,
    claimSlug: "tsai-tongyi-qianwen",
    quoteId: 3,
    text: "阿里巴巴的通義千問在開源模型中表現出色。",
    lang: "zh-Hant",
    translations: [{ lang: "en", text: "Alibaba's Tongyi Qianwen stands out among open models." }],
    speaker: { slug: "joe-tsai", name: "Joe Tsai", names: ["Joe Tsai", "蔡崇信"] },
    orgs: [{ slug: "alibaba", name: "Alibaba" }],
    entities: [qwen],
    sources: [{ id: 103, title: "蔡崇信談開源模型", publisher: null, url: null, type: "VIDEO" }],
    tags: [openModels],
    claimedAt: "2025-03-01",
    status: "ATTRIBUTED_WITHOUT_SOURCE",
  },
  {
    ...base,
    id: "q4",
    claimId: 4,
    claimSlug: "chesky-qwen-not-fast",
    quoteId: 4,
    text: "Qwen is cheap but not fast.",
    lang: "en",
    speaker: chesky,
    orgs: [{ slug: "airbnb", name: "Airbnb" }],
    entities: [qwen],
    claimedAt: "2025-10-20",
    status: "MISATTRIBUTED",
    rank: "DEPRECATED",
  },
  {
    ...base,
    id: "c5",
    claimId: 5,
    claimSlug: "nvidia-china-share",
    quoteId: null,
    text: "Nvidia's share of China's AI accelerator market fell from 95% to zero.",
    lang: "en",
    speaker: huang,
    orgs: [{ slug: "nvidia", name: "NVIDIA" }],
    tags: [aiRace],
    claimedAt: null,
    claimedAtPrecision: null,
  },
];

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  q: "",
  filters: {},
  sort: "relevance",
  page: 1,
  perPage: 20,
  ...overrides,
});
const ids = (result: SearchResult) => result.hits.map((hit) => (hit.quoteId === null ? `c${hit.claimId}` : `q${hit.quoteId}`));
const ALL_RANKS = { rank: ["PREFERRED", "NORMAL", "DEPRECATED"] };

describe.skipIf(!liveUrl)(liveTitle("Meilisearch engine"), () => {
  const engine = useLiveEngine("engine");
  const search = (overrides: Partial<SearchQuery>) => engine.search(query(overrides));

  beforeAll(async () => {
    await engine.prepare();
    await engine.prepare();
    await engine.upsert(documents);
  });

  it("hides deprecated claims unless rank is filtered", async () => {
    expect(ids(await search({})).sort()).toEqual(["c5", "q1", "q2", "q3"]);
    expect(ids(await search({ filters: { rank: ["DEPRECATED"] } }))).toEqual(["q4"]);
    expect(ids(await search({ q: "not fast " }))).not.toContain("q4");
  });

  it("finds an English quote by its speaker's Chinese alias, in either script", async () => {
    expect(ids(await search({ q: "黃仁勳" }))).toEqual(expect.arrayContaining(["q1", "c5"]));
    expect(ids(await search({ q: "黄仁勋 " }))).toEqual(expect.arrayContaining(["q1", "c5"]));
  });

  it("finds Traditional text for a Simplified query, and highlights it", async () => {
    const result = await search({ q: "通义千问" });
    expect(ids(result)[0]).toBe("q3");
    expect(result.hits[0]!.highlight.text.filter((segment) => segment.match).map((segment) => segment.value)).toEqual(["通義", "千", "問"]);
  });

  it("tolerates a typo, and searches the last word as a prefix only while it is typed", async () => {
    expect(ids(await search({ q: "Cheksy " }))).toContain("q2");
    expect(ids(await search({ q: "Ches" }))).toContain("q2");
    expect(ids(await search({ q: "Ches " }))).not.toContain("q2");
  });

  it("cuts words where our segmenter does, at apostrophes too", async () => {
    // China's is "china s": the word finds it, the phrase only it.
    expect(ids(await search({ q: "china " })).sort()).toEqual(["c5", "q1"]);
    expect(ids(await search({ q: "China's " }))).toEqual(["c5"]);
  });

  it("matches a quoted phrase exactly, and excludes negated words", async () => {
    expect(ids(await search({ q: '"fast and cheap"', filters: ALL_RANKS }))).toEqual(["q2"]);
    const excluded = ids(await search({ q: "qwen -cheap" }));
    expect(excluded).toContain("q3");
    expect(excluded).not.toContain("q2");
  });

  it("ranks the document matching every word of a mixed-script query first", async () => {
    expect(ids(await search({ q: "Qwen 便宜" }))[0]).toBe("q2");
  });

  it("filters: OR within a field, AND across fields, dates inclusive", async () => {
    expect(ids(await search({ filters: { speaker: ["brian-chesky", "joe-tsai"], tag: ["open-models"] } })).sort()).toEqual(["q2", "q3"]);
    expect(ids(await search({ filters: { speaker: ["jensen-huang"] }, from: "2025-11-01", to: "2025-11-30" }))).toEqual(["q1"]);
    expect(ids(await search({ from: "2025-10-21", to: "2025-10-21" }))).toEqual(["q2"]);
    expect((await search({ filters: { speaker: ['x"y\\z'] } })).total).toBe(0);
  });

  it("counts facet values, with labels", async () => {
    const { facets } = await search({});
    expect(facets.speaker).toEqual([
      { value: "jensen-huang", label: "Jensen Huang", count: 2 },
      { value: "brian-chesky", label: "Brian Chesky", count: 1 },
      { value: "joe-tsai", label: "Joe Tsai", count: 1 },
    ]);
    // Rank is counted without its own filter, deprecated claims included, so they can be reached.
    expect(facets.rank).toEqual([
      { value: "NORMAL", label: "Normal", count: 3 },
      { value: "DEPRECATED", label: "Deprecated", count: 1 },
      { value: "PREFERRED", label: "Preferred", count: 1 },
    ]);
    expect(facets.tag.map((facet) => [facet.value, facet.count])).toEqual([
      ["ai-race", 2],
      ["open-models", 2],
    ]);
    expect(facets.publisher.map((facet) => facet.label).sort()).toEqual(["Bloomberg", "Financial Times"]);
  });

  it("highlights matches in the quote text as segments", async () => {
    const hit = (await search({ q: "qwen " })).hits.find((candidate) => candidate.quoteId === 2)!;
    expect(hit.highlight.text).toContainEqual({ value: "Qwen", match: true });
    expect(hit.highlight.text.map((segment) => segment.value).join("")).toBe(hit.text);
  });

  it("sorts newest and oldest by date, undated claims last", async () => {
    expect(ids(await search({ sort: "newest" }))).toEqual(["q1", "q2", "q3", "c5"]);
    expect(ids(await search({ sort: "oldest" }))).toEqual(["q3", "q2", "q1", "c5"]);
    expect(ids(await search({ sort: "relevance" }))).toEqual(["q1", "q2", "q3", "c5"]);
  });

  it("pages with an exact total", async () => {
    const second = await search({ sort: "newest", page: 2, perPage: 2 });
    expect(second).toMatchObject({ total: 4, page: 2, perPage: 2 });
    expect(ids(second)).toEqual(["q3", "c5"]);
    expect((await search({ page: 3, perPage: 2 })).hits).toEqual([]);
  });

  it.skipIf(!liveSearchKey)("searches with the search-only key, which cannot write", async () => {
    const wrongAdminKey = new MeilisearchEngine({
      url: liveUrl!,
      apiKey: "not-a-key",
      searchKey: liveSearchKey,
      indexUid: engine.indexUid,
    });
    expect((await wrongAdminKey.search(query())).total).toBe(4);
    const searchKeyOnly = new MeilisearchEngine({ url: liveUrl!, apiKey: liveSearchKey, indexUid: engine.indexUid });
    await expect(searchKeyOnly.upsert([documents[0]!])).rejects.toThrow(/API key/);
  });

  it("throws when Meilisearch refuses the documents, though the client resolves failed tasks", async () => {
    await expect(engine.upsert([{ ...documents[0]!, id: "not an id!" }])).rejects.toThrow(
      /documentAdditionOrUpdate on .*failed: invalid_document_id/,
    );
  });

  it("applies upserts and removals before resolving", async () => {
    await engine.upsert([{ ...documents[0]!, text: "China is going to win the AI race, Huang warned." }]);
    expect(ids(await search({ q: "warned " }))).toEqual(["q1"]);
    await engine.remove(["c5"]);
    expect(ids(await search({}))).not.toContain("c5");
  });

  it("rebuilds beside the live index, which keeps answering, then swaps", async () => {
    const progress: { done: number; total: number }[] = [];
    const answered: number[] = [];
    async function* batches() {
      for (const batch of [documents.slice(0, 2), documents.slice(2)]) {
        answered.push((await search({})).total);
        yield batch;
      }
    }
    await engine.rebuild(batches(), documents.length, (step) => progress.push(step));
    expect(answered).toEqual([3, 3]);
    expect(progress.at(-1)).toEqual({ done: 5, total: 5 });
    expect(ids(await search({})).sort()).toEqual(["c5", "q1", "q2", "q3"]);
    expect(ids(await search({ q: "warned " }))).toEqual([]);
    const client = new Meilisearch({ host: liveUrl!, apiKey: liveAdminKey });
    const { results } = await client.getRawIndexes({ limit: 1000 });
    expect(results.map(({ uid }) => uid).filter((uid) => uid.startsWith(`${engine.indexUid}_rebuild_`))).toEqual([]);
  });
});
