import "server-only";
import type { Prisma } from "../db/generated/client";

/**
 * "entitySummary": only the entity's own document may have changed (a claim left it, so its
 * claim count did), not its claims' documents, which "entity" re-reads too.
 */
export const INDEXED_RECORD_TYPES = ["claim", "quote", "source", "entity", "citation", "tag", "entitySummary"] as const;
export type IndexedRecordType = (typeof INDEXED_RECORD_TYPES)[number];

/**
 * Announces that a record changed, in the caller's transaction: the change and its index
 * update commit or roll back together. The worker re-reads the row, so only the id travels.
 */
export async function enqueueIndexUpdate(tx: Prisma.TransactionClient, recordType: IndexedRecordType, recordId: number): Promise<void> {
  await tx.searchOutbox.create({ data: { recordType, recordId } });
}
