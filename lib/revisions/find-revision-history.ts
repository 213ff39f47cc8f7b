import "server-only";
import { hasRole, type Actor } from "../auth/actor";
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
 * Whether the record belongs to a draft claim. Drafts are for editors only, and so is their
 * history: the snapshot would show them.
 */
async function isDraft(db: Db, type: RevisionedRecordType, id: number): Promise<boolean> {
  const draft = { state: "DRAFT" } as const;
  switch (type) {
    case "claim":
      return (await db.claim.count({ where: { id, ...draft } })) > 0;
    case "quote":
      return (await db.quote.count({ where: { id, claim: draft } })) > 0;
    case "citation":
      return (await db.citation.count({ where: { id, OR: [{ claim: draft }, { quote: { claim: draft } }] } })) > 0;
    default:
      return false;
  }
}

/** A record's revisions, oldest first, each with its field-level changes. */
export async function findRevisionHistory(db: Db, actor: Actor, query: TRevisionQuery | Record<string, string>): Promise<RevisionEntry[]> {
  const { recordType, recordId } = parseInput(ZRevisionQuery, query);
  if (!hasRole(actor, "EDITOR") && (await isDraft(db, recordType, recordId))) {
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
