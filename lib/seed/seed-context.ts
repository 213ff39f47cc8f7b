import "server-only";
import type { Prisma } from "../db/generated/client";
import type { CreatableKind } from "../editing/record-kind";
import { recordRevision, type RevisionedRecordType } from "../revisions/record-revision";
import { enqueueIndexUpdate, type IndexedRecordType } from "../search/outbox";

export const SEED_COUNT_KEYS = [
  "entities",
  "entityNames",
  "affiliations",
  "tags",
  "sources",
  "sourceRelations",
  "claims",
  "claimStatements",
  "quotes",
  "quoteTranslations",
  "citations",
  "claimRelations",
] as const;

export type SeedCountKey = (typeof SEED_COUNT_KEYS)[number];
export type SeedCounts = Record<SeedCountKey, number>;

export const emptyCounts = (): SeedCounts => Object.fromEntries(SEED_COUNT_KEYS.map((key) => [key, 0])) as SeedCounts;

export type SeedStage = "entities" | "affiliations" | "tags" | "sources" | "sourceRelations" | "claims" | "claimRelations";

export interface SeedProgress {
  stage: SeedStage;
  /** Corpus records of this stage handled so far (found or created). */
  done: number;
  total: number;
}

export type OnSeedProgress = (progress: SeedProgress) => void;

/** State shared by the loading steps of one transaction: resolved ids and what was created. */
export class SeedContext {
  readonly entityIds = new Map<string, number>();
  readonly tagIds = new Map<string, number>();
  readonly sourceIds = new Map<string, number>();
  readonly claimIds = new Map<string, number>();
  readonly created = emptyCounts();

  constructor(
    readonly tx: Prisma.TransactionClient,
    private readonly reason: string,
    private readonly onProgress?: OnSeedProgress,
  ) {}

  progress(stage: SeedStage, done: number, total: number): void {
    this.onProgress?.({ stage, done, total });
  }

  /**
   * Books a newly created record: its first revision (a snapshot of the row as created, with
   * the children created along with it) and, for searchable records, an index update.
   */
  /** Adds a record through its kind, as the app does, with its first revision and index update. */
  async insert<S extends { id: number }, C>(kind: CreatableKind<S, C>, data: C): Promise<S> {
    const row = (await kind.load(this.tx, await kind.insert(this.tx, data)))!;
    await this.recordCreated(kind.type, row, kind.indexAs ?? undefined);
    return row;
  }

  async recordCreated(recordType: RevisionedRecordType, row: { id: number }, indexAs?: IndexedRecordType): Promise<void> {
    await recordRevision(this.tx, {
      recordType,
      recordId: row.id,
      version: 1,
      action: "CREATE",
      authorId: null,
      reason: this.reason,
      snapshot: toJson(row),
    });
    if (indexAs) await enqueueIndexUpdate(this.tx, indexAs, row.id);
  }

  /** Announces a record to the search index without a revision (tags are not revisioned). */
  async recordIndexUpdate(recordType: IndexedRecordType, recordId: number): Promise<void> {
    await enqueueIndexUpdate(this.tx, recordType, recordId);
  }

  id(map: "entity" | "tag" | "source" | "claim", key: string): number {
    const ids = { entity: this.entityIds, tag: this.tagIds, source: this.sourceIds, claim: this.claimIds }[map];
    const id = ids.get(key);
    // Validation has checked every reference, so a miss here is a bug in the loader's order.
    if (id === undefined) throw new Error(`Internal error: ${map} "${key}" has not been loaded yet.`);
    return id;
  }
}

/** Dates become ISO strings, as they would in any JSON export of the row. */
function toJson(row: object): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(row)) as Prisma.InputJsonValue;
}
