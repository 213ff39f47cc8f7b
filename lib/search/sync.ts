import "server-only";
import type { Db } from "../db/client";
import type { RebuildProgress, SearchEngine } from "./contract";
import { loadClaimDocuments, publishedClaimIdBatches } from "./documents";
import { loadAllEntityDocuments } from "./entity-documents";
import { affectedEntityIds, indexEntities } from "./entity-sync";
import type { IndexedRecordType } from "./outbox";

// The outbox worker's work: announced changes become index updates, in order, re-read from
// the current rows, and an update is marked done only once the engine has confirmed it.

interface OutboxEntry {
  id: bigint;
  recordType: string;
  recordId: number;
}

/** Every claim whose documents may show the changed record. */
async function affectedClaimIds(db: Db, entries: Pick<OutboxEntry, "recordType" | "recordId">[]): Promise<number[]> {
  const ids = (type: IndexedRecordType) => entries.filter((entry) => entry.recordType === type).map((entry) => entry.recordId);
  const [quotes, citations, sources, entities, tags] = [ids("quote"), ids("citation"), ids("source"), ids("entity"), ids("tag")];
  const claimIds = new Set(ids("claim"));
  const add = (rows: { id: number }[]) => rows.forEach((row) => claimIds.add(row.id));
  const citing = (where: object) => ({ OR: [{ citations: { some: where } }, { quotes: { some: { citations: { some: where } } } }] });
  if (quotes.length) add(await db.claim.findMany({ where: { quotes: { some: { id: { in: quotes } } } }, select: { id: true } }));
  if (citations.length) add(await db.claim.findMany({ where: citing({ id: { in: citations } }), select: { id: true } }));
  if (sources.length) add(await db.claim.findMany({ where: citing({ sourceId: { in: sources } }), select: { id: true } }));
  if (tags.length) add(await db.claim.findMany({ where: { tags: { some: { tagId: { in: tags } } } }, select: { id: true } }));
  if (entities.length) {
    add(
      await db.claim.findMany({
        where: {
          OR: [
            { speakerId: { in: entities } },
            { entities: { some: { entityId: { in: entities } } } },
            { speaker: { memberships: { some: { organizationId: { in: entities } } } } },
            // An organisation's documents carry its founders' and leaders' names.
            { speaker: { members: { some: { personId: { in: entities } } } } },
            citing({ source: { publisherId: { in: entities } } }),
          ],
        },
        select: { id: true },
      }),
    );
  }
  return [...claimIds].sort((a, b) => a - b);
}

/** Brings the index up to date with the claims' current rows. */
async function indexClaims(db: Db, engine: SearchEngine, claimIds: number[]): Promise<void> {
  const { documents, staleIds } = await loadClaimDocuments(db, claimIds);
  await engine.upsert(documents);
  await engine.remove(staleIds);
}

/**
 * Applies pending outbox entries oldest first, a batch at a time. A batch that fails stays
 * pending (with its error and attempt count) and stops the run, so nothing is applied out
 * of order; the next run retries it. Returns how many entries were applied.
 */
export async function processOutbox(db: Db, engine: SearchEngine, batchSize = 200): Promise<number> {
  let applied = 0;
  for (;;) {
    const batch: OutboxEntry[] = await db.searchOutbox.findMany({
      where: { processedAt: null },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, recordType: true, recordId: true },
    });
    if (batch.length === 0) return applied;
    const ids = batch.map((entry) => entry.id);
    try {
      const claimIds = await affectedClaimIds(db, batch);
      await indexClaims(db, engine, claimIds);
      await indexEntities(db, engine, await affectedEntityIds(db, batch, claimIds));
    } catch (error) {
      await db.searchOutbox.updateMany({
        where: { id: { in: ids } },
        data: { attempts: { increment: 1 }, lastError: String((error as Error).message ?? error).slice(0, 2000) },
      });
      throw error;
    }
    await db.searchOutbox.updateMany({
      where: { id: { in: ids } },
      data: { processedAt: new Date(), attempts: { increment: 1 }, lastError: null },
    });
    applied += batch.length;
  }
}

/** How many documents a full rebuild writes: one per live quote, one per quote-less claim. */
async function countDocuments(db: Db): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM claims c LEFT JOIN quotes q ON q.claim_id = c.id AND q.deprecated_at IS NULL WHERE c.state = 'PUBLISHED'`,
  );
  return row?.count ?? 0;
}

/** Rebuilds the whole index (claims, then entities) aside from the live one, then swaps; search answers throughout. */
export async function rebuildIndex(db: Db, engine: SearchEngine, onProgress?: (progress: RebuildProgress) => void): Promise<void> {
  const startedAt = new Date();
  const total = await countDocuments(db);
  async function* documents() {
    for await (const claimIds of publishedClaimIdBatches(db)) yield (await loadClaimDocuments(db, claimIds)).documents;
  }
  await engine.prepare();
  await engine.rebuild(documents(), total, onProgress);
  await engine.rebuildEntities(await loadAllEntityDocuments(db));
  // Entries the worker applied during the rebuild went to the retired index: apply them again.
  await db.searchOutbox.updateMany({ where: { processedAt: { gte: startedAt } }, data: { processedAt: null } });
}
