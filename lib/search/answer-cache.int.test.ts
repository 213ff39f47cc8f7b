import { beforeEach, describe, expect, it } from "vitest";
import { corpus } from "../../prisma/seed/corpus";
import { loadCorpus } from "../seed/load-corpus";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { AnswerCache } from "./answer-cache";
import { newestAppliedUpdate } from "./index-lag";
import { enqueueIndexUpdate } from "./outbox";
import { PostgresEngine } from "./postgres/engine";
import { processOutbox } from "./sync";

describe("the search answer cache over the outbox", () => {
  const { db } = useTestDatabase();
  const engine = new PostgresEngine(db);

  beforeEach(async () => {
    await resetDatabase(db);
    await loadCorpus(db, corpus);
    await processOutbox(db, engine);
  });

  it("serves the stored answer until an applied update moves the index, then the new one", async () => {
    // Checked on every request, so only the marker decides.
    const cache = new AnswerCache<string[]>(() => newestAppliedUpdate(db), { maxEntries: 10, checkEveryMs: 0, maxAgeMs: 60_000 });
    let searches = 0;
    const quoteTexts = (q: string) =>
      cache.answer(q, async () => {
        searches++;
        return (await engine.search({ q, filters: {}, sort: "relevance", page: 1, perPage: 20 })).hits.map((hit) => hit.text);
      });
    expect(await quoteTexts('"outage edition"')).toEqual([]);
    const quote = await db.quote.findFirstOrThrow({ where: { text: { contains: "going to win the AI race" } } });
    await db.$transaction(async (tx) => {
      await tx.quote.update({
        where: { id: quote.id },
        data: { text: "China is going to win the AI race, outage edition.", version: { increment: 1 } },
      });
      await enqueueIndexUpdate(tx, "quote", quote.id);
    });
    // Written but not yet applied: the index, and so the answer, is as it was.
    expect(await quoteTexts('"outage edition"')).toEqual([]);
    expect(searches).toBe(1);
    expect(await processOutbox(db, engine)).toBe(1);
    expect(await quoteTexts('"outage edition"')).toEqual(["China is going to win the AI race, outage edition."]);
    expect(searches).toBe(2);
  });
});
