import type { Prisma, RevisionAction } from "../db/generated/client";
import type { RevisionedRecordType } from "../revisions/record-revision";
import type { IndexedRecordType } from "../search/outbox";

export type Tx = Prisma.TransactionClient;

export interface VersionedSnapshot {
  id: number;
  version: number;
}

/**
 * How one kind of record is read into the snapshot its revisions keep. Snapshots are the
 * row with its parts (a claim's statements, a quote's translations, …) as JSON, the same
 * shape the corpus loader writes, so any revision can be compared with or restored over any other.
 */
export interface SnapshotKind<S extends { id: number }> {
  type: RevisionedRecordType;
  /** The record's name in messages: "claim", "source", … */
  label: string;
  /** The search outbox type to announce changes as, if the record is searchable. */
  indexAs: IndexedRecordType | null;
  load(tx: Tx, id: number): Promise<S | null>;
}

/**
 * A record that is edited in place under optimistic concurrency. `W` is what a write needs:
 * the snapshot without the row ids of its parts, which a write may replace.
 */
export interface EditableKind<S extends VersionedSnapshot, W = S> extends SnapshotKind<S> {
  indexAs: IndexedRecordType;
  /**
   * Bumps the version only if it is still `expected`: the row is then locked for the rest of
   * the transaction, so the check and the write cannot be interleaved with another editor's.
   */
  claimVersion(tx: Tx, id: number, expected: number): Promise<boolean>;
  /** Makes the row (and its parts) match the snapshot's editable fields. */
  write(tx: Tx, id: number, state: W): Promise<void>;
  /** The state once deprecated with this reason. */
  deprecated(snapshot: S, reason: string, at: Date): W;
  /**
   * Rules that span records, run after every edit of this kind in the same transaction (a
   * claim stays "verified against the primary" only while a primary citation is anchored).
   */
  afterEdit?(tx: Tx, authorId: number, before: S, after: S, action: EditAction): Promise<void>;
}

export type EditAction = Exclude<RevisionAction, "CREATE">;

/** A record that createRecord can add: `C` is what it is created from, its columns as the schemas read them. */
export interface CreatableKind<S extends { id: number }, C> extends SnapshotKind<S> {
  /** Writes the new row and its parts; returns its id. */
  insert(tx: Tx, state: C): Promise<number>;
}
