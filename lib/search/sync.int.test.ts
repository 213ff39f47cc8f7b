import { beforeEach, describe, expect, it } from "vitest";
import { corpus } from "../../prisma/seed/corpus";
import { loadCorpus } from "../seed/load-corpus";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import type { SearchQuery } from "./contract";
import { getIndexLag } from "./index-lag";
import { MeilisearchEngine } from "./meilisearch/engine";
import { enqueueIndexUpdate } from "./outbox";
import { PostgresEngine } from "./postgres/engine";
import { processOutbox } from "./sync";

describe("keeping the index true", () => {
  const { db } = useTestDatabase();
  const engine = new PostgresEngine(db);
  const search = (q: string, filters: SearchQuery["filters"] = {}) =>
    engine.search({ q, filters, sort: "relevance", page: 1, perPage: 100 });

  beforeEach(async () => {
    await resetDatabase(db);
    await loadCorpus(db, corpus);
  });

  it("indexes the corpus from the outbox written with it, and reports no lag after", async () => {
    const before = await getIndexLag(db);
    expect(before.pending).toBeGreaterThan(0);
    expect(await processOutbox(db, engine)).toBe(before.pending);
    expect(await getIndexLag(db)).toEqual({ pending: 0, oldestPendingSeconds: 0 });
    expect((await search("")).total).toBeGreaterThan(10);
  });

  it("keeps writes and their updates through an engine outage, and catches up after", async () => {
    await processOutbox(db, engine);
    const quote = await db.quote.findFirstOrThrow({ where: { text: { contains: "going to win the AI race" } } });
    await db.$executeRawUnsafe(`ALTER TABLE search_documents RENAME TO search_documents_offline`);
    try {
      await db.$transaction(async (tx) => {
        await tx.quote.update({
          where: { id: quote.id },
          data: { text: "China is going to win the AI race, outage edition.", version: { increment: 1 } },
        });
        await enqueueIndexUpdate(tx, "quote", quote.id);
      });
      await expect(processOutbox(db, engine)).rejects.toThrow();
      const pending = await db.searchOutbox.findMany({ where: { processedAt: null } });
      expect(pending).toHaveLength(1);
      expect(pending[0]).toMatchObject({ recordType: "quote", recordId: quote.id, attempts: 1 });
      expect(pending[0]!.lastError).toBeTruthy();
      expect((await getIndexLag(db)).pending).toBe(1);
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE search_documents_offline RENAME TO search_documents`);
    }
    expect(await processOutbox(db, engine)).toBe(1);
    expect((await search('"outage edition"')).hits.map((hit) => hit.quoteId)).toEqual([quote.id]);
    expect((await getIndexLag(db)).pending).toBe(0);
  });

  it("leaves updates pending while Meilisearch is unreachable", async () => {
    const unreachable = new MeilisearchEngine({ url: "http://127.0.0.1:9", apiKey: "unused", indexUid: "claims" });
    await expect(processOutbox(db, unreachable)).rejects.toThrow();
    const lag = await getIndexLag(db);
    expect(lag.pending).toBeGreaterThan(0);
    expect(await processOutbox(db, engine)).toBe(lag.pending);
  });

  it("applies an update twice with the same result, re-reading the rows", async () => {
    await processOutbox(db, engine);
    const before = await search("");
    const claim = await db.claim.findFirstOrThrow({ where: { speaker: { slug: "brian-chesky" } } });
    await db.$transaction(async (tx) => {
      await enqueueIndexUpdate(tx, "claim", claim.id);
      await enqueueIndexUpdate(tx, "claim", claim.id);
    });
    await processOutbox(db, engine);
    expect((await search("")).hits).toEqual(before.hits);
  });

  it("reaches every claim that shows a changed entity", async () => {
    await processOutbox(db, engine);
    const huang = await db.entity.findUniqueOrThrow({ where: { slug: "jensen-huang" } });
    const claims = await db.claim.count({ where: { speakerId: huang.id, state: "PUBLISHED" } });
    await db.$transaction(async (tx) => {
      await tx.entityName.create({ data: { entityId: huang.id, lang: "en", value: "Huang Renxun", kind: "ALIAS" } });
      await enqueueIndexUpdate(tx, "entity", huang.id);
    });
    await processOutbox(db, engine);
    const found = await search("Renxun");
    const aboutHuang = await db.claim.findMany({
      where: { OR: [{ speakerId: huang.id }, { entities: { some: { entityId: huang.id } } }] },
      select: { id: true },
    });
    expect(new Set(found.hits.map((hit) => hit.claimId)).size).toBeGreaterThanOrEqual(claims);
    expect(found.hits.map((hit) => hit.claimId).every((id) => aboutHuang.some((claim) => claim.id === id))).toBe(true);
  });
});
