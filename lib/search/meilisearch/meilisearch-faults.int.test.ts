import { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpus } from "../../../prisma/seed/corpus";
import { loadCorpus } from "../../seed/load-corpus";
import { resetDatabase, useTestDatabase } from "../../testing/test-database";
import type { SearchDocument } from "../contract";
import { loadClaimDocuments, publishedClaimIdBatches } from "../documents";
import { enqueueIndexUpdate } from "../outbox";
import { processOutbox } from "../sync";
import { MeilisearchEngine } from "./engine";
import type { MeiliDocument } from "./documents";
import { OwnMeilisearch, meiliBin } from "../../testing/meilisearch/own-server";

// A burst of edits while the engine is frozen (SIGSTOP), then killed (SIGKILL), then back:
// every edit saves, search says it is unavailable within 2 s, and once the worker has caught
// up the index holds exactly the database's documents.
const { db } = useTestDatabase();
const server = new OwnMeilisearch();
const title = meiliBin ? "Meilisearch stopped and killed during a burst of edits" : "Meilisearch faults — skipped: MEILI_BIN is not set";
const EDITS = 24;

describe.skipIf(!meiliBin)(title, () => {
  let engine: MeilisearchEngine;

  beforeAll(async () => {
    await server.start();
    await resetDatabase(db);
    await loadCorpus(db, corpus);
    const setup = new MeilisearchEngine({ url: server.url, apiKey: server.masterKey, indexUid: "claims" });
    await setup.prepare();
    await processOutbox(db, setup);
    // Short deadlines, so the worker's rounds fail in seconds where a deployment would wait longer.
    engine = new MeilisearchEngine({
      url: server.url,
      apiKey: server.masterKey,
      indexUid: "claims",
      writeTimeoutMs: 2_000,
      taskTimeoutMs: 15_000,
    });
  });

  afterAll(() => server.stop());

  async function edit(n: number): Promise<void> {
    const quote = await db.quote.findFirstOrThrow({
      where: { deprecatedAt: null, claim: { state: "PUBLISHED" } },
      orderBy: { id: "asc" },
      skip: n % 5,
    });
    await db.$transaction(async (tx) => {
      await tx.quote.update({
        where: { id: quote.id },
        data: { text: `${quote.text.replace(/ \[edit \d+\]$/, "")} [edit ${n}]`, version: { increment: 1 } },
      });
      await enqueueIndexUpdate(tx, "quote", quote.id);
    });
  }

  /** The worker's loop: apply what is pending; failures leave it pending for the next round. */
  async function workerRound(): Promise<void> {
    await processOutbox(db, engine).catch(() => undefined);
  }

  async function searchOutcome(): Promise<{ ms: number; ok: boolean }> {
    const started = performance.now();
    const ok = await engine.search({ q: "qwen", filters: {}, sort: "relevance", page: 1, perPage: 5 }).then(
      () => true,
      () => false,
    );
    return { ms: performance.now() - started, ok };
  }

  it("keeps every edit, says unavailable within 2 s, and ends with the index equal to the database", async () => {
    const edits: Promise<void>[] = [];
    const outages: { ms: number; ok: boolean }[] = [];
    for (let n = 0; n < EDITS; n += 1) {
      if (n === EDITS / 3) server.signal("SIGSTOP");
      if (n === (2 * EDITS) / 3) await server.kill();
      edits.push(edit(n));
      if (n >= EDITS / 3) {
        if (n % 4 === 0) outages.push(await searchOutcome());
      }
      if (n % 3 === 0) await workerRound();
    }
    expect((await Promise.allSettled(edits)).filter((edit) => edit.status === "rejected")).toEqual([]);
    expect(outages.length).toBeGreaterThan(2);
    for (const outage of outages) {
      expect(outage.ok).toBe(false);
      expect(outage.ms).toBeLessThan(2_000);
    }
    expect(await db.searchOutbox.count({ where: { processedAt: null } })).toBeGreaterThan(0);

    await server.start();
    for (let round = 0; round < 30 && (await db.searchOutbox.count({ where: { processedAt: null } })) > 0; round += 1) await workerRound();
    expect(await db.searchOutbox.count({ where: { processedAt: null } })).toBe(0);

    const expected: SearchDocument[] = [];
    for await (const claimIds of publishedClaimIdBatches(db)) expected.push(...(await loadClaimDocuments(db, claimIds)).documents);
    const client = new Meilisearch({ host: server.url, apiKey: server.masterKey });
    const indexed = await client.index<MeiliDocument>("claims").getDocuments({ limit: 10_000, fields: ["doc"] });
    const byId = (a: SearchDocument, b: SearchDocument) => a.id.localeCompare(b.id);
    expect(indexed.results.map((document) => document.doc).sort(byId)).toEqual(expected.sort(byId));
    expect(indexed.results.filter((document) => document.doc.text.includes(`[edit ${EDITS - 1}]`))).toHaveLength(1);
  });
});
