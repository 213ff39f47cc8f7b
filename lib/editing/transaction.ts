import "server-only";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { recordRevision } from "../revisions/record-revision";
import { enqueueIndexUpdate, type IndexedRecordType } from "../search/outbox";
import type { AppError } from "../errors";
import { constraintViolation, toAppError, type ConstraintViolation } from "./database-errors";
import type { SnapshotKind, Tx } from "./record-kind";

/** Turns a constraint violation into a precise AppError (such as naming the existing record), or passes. */
export type ExplainViolation = (violation: ConstraintViolation) => Promise<AppError | null>;

/**
 * Runs one edit in one transaction: the change, its revision and its search outbox entry
 * commit or roll back together. Database refusals leave as AppErrors: `explain` first (it
 * runs after the rollback, so it may query), else a generic one.
 */
export async function inTransaction<T>(
  db: Db,
  actor: NonNullable<Actor>,
  work: (tx: Tx) => Promise<T>,
  explain?: ExplainViolation,
): Promise<T> {
  try {
    return await db.$transaction(
      async (tx) => {
        // Read by the audit trigger (the audit_log migration): the app's edits name their author.
        await tx.$executeRaw`SELECT set_config('claimtrail.actor', ${String(actor.userId)}, true)`;
        return work(tx);
      },
      { timeout: 60_000, maxWait: 15_000 },
    );
  } catch (error) {
    const violation = explain && constraintViolation(error);
    throw (violation && (await explain(violation))) || toAppError(error);
  }
}

/** The writer of one transaction: who, why, and the bookkeeping every created record gets. */
export class EditSession {
  constructor(
    readonly tx: Tx,
    readonly actor: NonNullable<Actor>,
    readonly reason: string,
  ) {}

  /** A new record's first revision (its snapshot as created) and index update. */
  async created<S extends { id: number }>(kind: SnapshotKind<S>, id: number): Promise<S> {
    const snapshot = await kind.load(this.tx, id);
    if (!snapshot) throw new Error(`Internal error: the ${kind.label} ${id} just created cannot be read back.`);
    await recordRevision(this.tx, {
      recordType: kind.type,
      recordId: id,
      version: 1,
      action: "CREATE",
      authorId: this.actor.userId,
      reason: this.reason,
      snapshot,
    });
    if (kind.indexAs) await this.announce(kind.indexAs, id);
    return snapshot;
  }

  /** Index update alone, for records without revisions (tags) or touched through another. */
  announce(type: IndexedRecordType, id: number): Promise<void> {
    return enqueueIndexUpdate(this.tx, type, id);
  }
}

export function inEditSession<T>(
  db: Db,
  actor: NonNullable<Actor>,
  reason: string,
  work: (session: EditSession) => Promise<T>,
  explain?: ExplainViolation,
): Promise<T> {
  return inTransaction(db, actor, (tx) => work(new EditSession(tx, actor, reason)), explain);
}
