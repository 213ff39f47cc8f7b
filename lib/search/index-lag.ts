import "server-only";
import type { Db } from "../db/client";

export interface IndexLag {
  pending: number;
  /** Age of the oldest index update not yet applied, in seconds; 0 when none is waiting. */
  oldestPendingSeconds: number;
}

export async function getIndexLag(db: Db): Promise<IndexLag> {
  const [pending, oldest] = await Promise.all([
    db.searchOutbox.count({ where: { processedAt: null } }),
    db.searchOutbox.findFirst({ where: { processedAt: null }, orderBy: { id: "asc" }, select: { enqueuedAt: true } }),
  ]);
  return {
    pending,
    oldestPendingSeconds: oldest ? Math.max(0, Math.round((Date.now() - oldest.enqueuedAt.getTime()) / 1000)) : 0,
  };
}

/** When the newest index update was applied: it moves whenever any process changes the index. */
export async function newestAppliedUpdate(db: Db): Promise<string> {
  const { _max } = await db.searchOutbox.aggregate({ _max: { processedAt: true } });
  return _max.processedAt?.toISOString() ?? "";
}
