import "server-only";
import type { Actor } from "../auth/actor";
import { readableClaims } from "../claims/readable-claims";
import type { Db } from "../db/client";
import type { RevisionAction } from "../db/generated/client";
import { AppError } from "../errors";
import { parseInput } from "../editing/validation";
import { diffSnapshots, type FieldChange } from "./diff";
import type { RevisionedRecordType } from "./record-revision";
import { ZRevisionQuery, type TRevisionQuery } from "./revision-schemas";

export interface RevisionEntry {
  id: number;
  version: number;
  action: RevisionAction;
  author: { id: number; displayName: string } | null;
  reason: string;
  createdAt: Date;
  /** What this revision changed, field by field, from the one before it. */
  changes: FieldChange[];
  snapshot: unknown;
}

/**
 * Whether `actor` may read the record: a draft claim, and whatever belongs to or points at one,
 * is for editors only, and so is its history (the snapshots would show it). Records are never
 * deleted, so a record with revisions is found unless the claims it belongs to are not readable.
 */
async function isReadable(db: Db, actor: Actor, type: RevisionedRecordType, id: number): Promise<boolean> {
  const claim = readableClaims(actor);
  switch (type) {
    case "claim":
      return (await db.claim.count({ where: { id, ...claim } })) > 0;
    case "quote":
      return (await db.quote.count({ where: { id, claim } })) > 0;
    case "citation":
      return (await db.citation.count({ where: { id, OR: [{ claim }, { quote: { claim } }] } })) > 0;
    case "claim_relation":
      return (await db.claimRelation.count({ where: { id, from: claim, to: claim } })) > 0;
    case "source":
    case "source_relation":
    case "entity":
      return true;
  }
}

/** A record's revisions, oldest first, each with its field-level changes. */
export async function findRevisionHistory(db: Db, actor: Actor, query: TRevisionQuery | Record<string, string>): Promise<RevisionEntry[]> {
  const { recordType, recordId } = parseInput(ZRevisionQuery, query);
  if (!(await isReadable(db, actor, recordType, recordId))) {
    throw new AppError("not_found", `There is no history for ${recordType} ${recordId}.`);
  }
  const revisions = await db.revision.findMany({
    where: { recordType, recordId },
    orderBy: { version: "asc" },
    include: { author: { select: { id: true, displayName: true } } },
  });
  if (revisions.length === 0) throw new AppError("not_found", `There is no history for ${recordType} ${recordId}.`);
  return revisions.map((revision, index) => ({
    id: revision.id,
    version: revision.version,
    action: revision.action,
    author: revision.author,
    reason: revision.reason,
    createdAt: revision.createdAt,
    changes: diffSnapshots((revisions[index - 1]?.snapshot as object | undefined) ?? null, revision.snapshot as object),
    snapshot: revision.snapshot,
  }));
}
