import { beforeAll, describe, expect, it } from "vitest";
import { corpus } from "../../../prisma/seed/corpus";
import { loadCorpus } from "../../seed/load-corpus";
import { resetDatabase, useTestDatabase } from "../../testing/test-database";
import type { SearchQuery, SearchResult } from "../contract";
import { processOutbox } from "../sync";
import { PostgresEngine } from "./engine";

// The bounded model on the demo corpus, with limits small enough for it to reach them.
describe("Postgres engine: bounded work per search", () => {
  const { db } = useTestDatabase();
  const exact = new PostgresEngine(db);
  const bounded = new PostgresEngine(db, { candidates: 3, counted: 5 });
  const search = (engine: PostgresEngine, q: string, options: Partial<SearchQuery> = {}): Promise<SearchResult> =>
    engine.search({ q, filters: {}, sort: "relevance", page: 1, perPage: 100, ...options });
  const ids = (result: SearchResult) => result.hits.map((hit) => hit.quoteId ?? `c${hit.claimId}`);

  beforeAll(async () => {
    await resetDatabase(db);
    await loadCorpus(db, corpus);
    await processOutbox(db, exact);
  });

  it("counts up to the threshold, then estimates and says so", async () => {
    const all = await search(exact, "");
    expect(all.total).toBeGreaterThan(5);
    const estimated = await search(bounded, "");
    expect(estimated.totalIsEstimate).toBe(true);
    expect(estimated.total).toBeGreaterThan(5);
    const few = await search(bounded, "", { filters: { speaker: ["brian-chesky"] } });
    expect(few.totalIsEstimate).toBe(few.total > 5);
    expect(few.total).toBe((await search(exact, "", { filters: { speaker: ["brian-chesky"] } })).total);
  });

  it("scales facet counts from a sample beyond it, and says so", async () => {
    const sampled = await search(bounded, "");
    expect(sampled.facetsAreEstimates).toBe(true);
    const counted = sampled.facets.status.reduce((sum, facet) => sum + facet.count, 0);
    expect(counted).toBeGreaterThan(5);
    const small = await search(bounded, '"win the AI race"');
    expect(small.total).toBeLessThanOrEqual(5);
    expect(small.facetsAreEstimates).toBe(false);
  });

  it("ranks only the candidates and offers no page beyond them", async () => {
    expect((await search(exact, "", { perPage: 3, page: 2 })).hits).toHaveLength(3);
    expect((await search(bounded, "", { perPage: 3, page: 2 })).hits).toHaveLength(0);
    expect((await search(bounded, "huang")).hits.length).toBeLessThanOrEqual(3);
  });

  it("fills the candidates with the documents holding every word first", async () => {
    expect((await search(exact, "huang")).total).toBeGreaterThan(3);
    const best = await search(exact, "huang nanoseconds");
    const capped = await search(bounded, "huang nanoseconds");
    expect(ids(capped)[0]).toBe(ids(best)[0]);
  });

  it("counts a filtered facet without its own filter, so the other choices stay", async () => {
    const result = await search(exact, "", { filters: { speaker: ["jensen-huang"] } });
    expect(result.hits.every((hit) => hit.speaker.slug === "jensen-huang")).toBe(true);
    const speakers = result.facets.speaker.map((facet) => facet.value);
    expect(speakers).toContain("jensen-huang");
    expect(speakers).toContain("brian-chesky");
    const everything = await search(exact, "");
    expect(result.facets.speaker).toEqual(everything.facets.speaker);
  });
});
