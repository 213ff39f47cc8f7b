import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RebuildProgress, SearchDocument, SearchQuery } from "../contract";
import { MeilisearchEngine } from "./engine";
import { FakeMeilisearch } from "./fake-meilisearch";
import { buildIndexSettings } from "./settings";
import { MeilisearchTaskError } from "./tasks";

const KEY = "admin-key-for-tests";
const UID = "claims";

function document(id: string, overrides: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id,
    claimId: Number(id.slice(1)),
    claimSlug: `claim-${id}`,
    quoteId: id.startsWith("q") ? Number(id.slice(1)) : null,
    text: "Brian Chesky relies on Qwen",
    lang: "en",
    translations: [],
    statements: [],
    speaker: { slug: "brian-chesky", name: "Brian Chesky", names: ["Brian Chesky"] },
    orgs: [{ slug: "airbnb", name: "Airbnb" }],
    entities: [],
    sources: [],
    tags: [],
    claimedAt: "2025-10-21",
    status: "VERIFIED_PRIMARY",
    rank: "NORMAL",
    ...overrides,
  };
}

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({ q: "", filters: {}, sort: "relevance", page: 1, perPage: 20, ...overrides });

async function* batchesOf(...batches: SearchDocument[][]) {
  for (const batch of batches) yield batch;
}

let fake: FakeMeilisearch;
let engine: MeilisearchEngine;

beforeEach(() => {
  fake = new FakeMeilisearch();
  vi.stubGlobal("fetch", fake.fetch);
  engine = new MeilisearchEngine({ url: "http://meili.test", apiKey: KEY, indexUid: UID, taskTimeoutMs: 1000 });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("prepare", () => {
  it("creates the index with its primary key and applies the settings", async () => {
    await engine.prepare();
    expect(fake.indexes.get(UID)).toMatchObject({ primaryKey: "id", settings: buildIndexSettings() });
    expect(fake.requests.every((request) => request.authorization === `Bearer ${KEY}`)).toBe(true);
  });

  it("is safe to call again: it does not create twice, and re-applies the settings", async () => {
    await engine.prepare();
    await engine.prepare();
    expect(fake.tasks.map((task) => task.type)).toEqual(["indexCreation", "settingsUpdate", "settingsUpdate"]);
  });

  it("accepts an index another process created in between", async () => {
    await engine.prepare();
    fake.hideIndexes = true;
    await expect(engine.prepare()).resolves.toBeUndefined();
  });

  it("throws when a task fails, though the client resolves failed tasks", async () => {
    fake.failures.set(`PATCH indexes/${UID}/settings`, "invalid_settings_ranking_rules");
    const attempt = engine.prepare();
    await expect(attempt).rejects.toBeInstanceOf(MeilisearchTaskError);
    await expect(attempt).rejects.toThrow(/settingsUpdate on claims\) failed: invalid_settings_ranking_rules/);
  });
});

describe("writes", () => {
  beforeEach(() => engine.prepare());

  it("upserts our documents whole, by id, and removes them", async () => {
    await engine.upsert([document("q1"), document("c2", { text: "通義千問" })]);
    const stored = fake.indexes.get(UID)!.documents;
    expect([...stored.keys()]).toEqual(["q1", "c2"]);
    expect(stored.get("c2")).toMatchObject({ id: "c2", text_norm: "通义 千 问", f_speaker: ["brian-chesky"], doc: { id: "c2" } });
    await engine.remove(["q1"]);
    expect([...stored.keys()]).toEqual(["c2"]);
  });

  it("sends nothing for nothing", async () => {
    const before = fake.requests.length;
    await engine.upsert([]);
    await engine.remove([]);
    expect(fake.requests.length).toBe(before);
  });

  it("throws when Meilisearch refuses the documents", async () => {
    fake.failures.set(`POST indexes/${UID}/documents`, "invalid_document_id");
    await expect(engine.upsert([document("q1")])).rejects.toThrow(/invalid_document_id/);
  });
});

describe("search", () => {
  beforeEach(async () => {
    await engine.prepare();
    await engine.upsert([document("q1"), document("q2", { speaker: { slug: "jensen-huang", name: "Jensen Huang", names: ["黃仁勳"] } })]);
  });

  it("sends our query string and parameters", async () => {
    await engine.search(query({ q: "cheksy qw", filters: { org: ["airbnb"] }, page: 2, perPage: 1 }));
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe(`indexes/${UID}/search`);
    expect(request.body).toMatchObject({
      q: "cheksy qw",
      filter: [['f_org = "airbnb"'], ['NOT f_rank = "DEPRECATED"']],
      page: 2,
      hitsPerPage: 1,
      matchingStrategy: "last",
      attributesToRetrieve: ["doc"],
    });
    expect(request.body).not.toHaveProperty("attributesToHighlight");
  });

  it("builds hits and highlights from the stored document, with our highlighter", async () => {
    const result = await engine.search(query({ q: "cheksy qw" }));
    expect(result.total).toBe(2);
    expect(result.hits[0]).toMatchObject({ claimId: 1, quoteId: 1, speaker: { slug: "brian-chesky", name: "Brian Chesky" }, source: null });
    expect(result.hits[0]!.highlight.text).toEqual([
      { value: "Brian ", match: false },
      { value: "Chesky", match: true },
      { value: " relies on ", match: false },
      { value: "Qwen", match: true },
    ]);
  });

  it("labels facet values from the documents and orders them by count", async () => {
    const result = await engine.search(query());
    expect(result.facets.speaker).toEqual([
      { value: "brian-chesky", label: "Brian Chesky", count: 1 },
      { value: "jensen-huang", label: "Jensen Huang", count: 1 },
    ]);
    expect(result.facets.org).toEqual([{ value: "airbnb", label: "Airbnb", count: 2 }]);
    expect(result.facets.status).toEqual([{ value: "VERIFIED_PRIMARY", label: "Verified against the primary source", count: 2 }]);
    expect(result).toMatchObject({ page: 1, perPage: 20 });
  });
});

describe("rebuild", () => {
  const rebuildIndexes = () => [...fake.indexes.keys()].filter((uid) => uid.startsWith(`${UID}_rebuild_`));

  it("fills a fresh index, reports progress, swaps it in and drops the old one", async () => {
    await engine.prepare();
    await engine.upsert([document("q9")]);
    const progress: RebuildProgress[] = [];
    await engine.rebuild(batchesOf([document("q1"), document("q2")], [document("q3")]), 3, (step) => progress.push(step));
    expect(progress).toEqual([{ done: 2, total: 3 }, { done: 3, total: 3 }]);
    expect([...fake.indexes.get(UID)!.documents.keys()]).toEqual(["q1", "q2", "q3"]);
    expect(fake.indexes.get(UID)!.settings).toEqual(buildIndexSettings());
    expect(rebuildIndexes()).toEqual([]);
    expect(fake.tasks.at(-2)).toMatchObject({ type: "indexSwap", status: "succeeded" });
  });

  it("works on a first build, with no live index yet", async () => {
    await engine.rebuild(batchesOf([document("q1")]), 1);
    expect([...fake.indexes.get(UID)!.documents.keys()]).toEqual(["q1"]);
    expect(rebuildIndexes()).toEqual([]);
  });

  it("leaves the live index alone and drops the fresh one when a batch fails", async () => {
    await engine.prepare();
    await engine.upsert([document("q9")]);
    async function* failing() {
      yield [document("q1")];
      throw new Error("database went away");
    }
    await expect(engine.rebuild(failing(), 2)).rejects.toThrow("database went away");
    expect([...fake.indexes.get(UID)!.documents.keys()]).toEqual(["q9"]);
    expect(rebuildIndexes()).toEqual([]);
  });

  it("does not swap when the swap task fails", async () => {
    await engine.prepare();
    await engine.upsert([document("q9")]);
    fake.failures.set("POST swap-indexes", "index_not_found");
    await expect(engine.rebuild(batchesOf([document("q1")]), 1)).rejects.toThrow(/indexSwap\) failed/);
    expect([...fake.indexes.get(UID)!.documents.keys()]).toEqual(["q9"]);
    expect(rebuildIndexes()).toEqual([]);
  });
});

describe("the admin key", () => {
  it("is not readable from the engine", () => {
    expect(JSON.stringify(engine)).not.toContain(KEY);
    expect(Object.values(engine).some((value) => JSON.stringify(value ?? null).includes(KEY))).toBe(false);
    expect(engine.name).toBe("meilisearch");
  });
});
