import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { diffSnapshots } from "../revisions/diff";
import { recordRevision } from "../revisions/record-revision";
import { enqueueIndexUpdate } from "../search/outbox";
import type { EditAction, EditableKind, Tx, VersionedSnapshot } from "./record-kind";

export interface EditMeta {
  /** The version the editor started from. */
  version: number;
  reason: string;
  action: EditAction;
}

/**
 * One record's change inside a transaction the caller holds: the version is checked and bumped
 * atomically, `next` turns the current snapshot into the wanted one, the row is written, and
 * the new snapshot is recorded as a revision (by `authorId`, null for system writes) and
 * announced to the search index.
 */
export async function writeEdit<S extends VersionedSnapshot, W>(
  tx: Tx,
  authorId: number | null,
  kind: EditableKind<S, W>,
  id: number,
  meta: EditMeta,
  next: (current: S, tx: Tx) => W | Promise<W>,
): Promise<{ before: S; after: S }> {
  if (!(await kind.claimVersion(tx, id, meta.version))) throw await staleVersionError(tx, kind, id, meta.version);
  const before = (await kind.load(tx, id))!;
  await kind.write(tx, id, await next(before, tx));
  const after = (await kind.load(tx, id))!;
  if (diffSnapshots(before, after).length === 0)
    throw new AppError("unprocessable", `This leaves the ${kind.label} as it is: nothing to save.`);
  await recordRevision(tx, {
    recordType: kind.type,
    recordId: id,
    version: after.version,
    action: meta.action,
    authorId,
    reason: meta.reason,
    snapshot: after as unknown as Prisma.InputJsonValue,
  });
  await enqueueIndexUpdate(tx, kind.indexAs, id);
  return { before, after };
}

/**
 * Why the version check failed: the record is gone, or someone saved first. Then the editor
 * gets the record as it is now and which fields changed since the version they edited, so
 * they can merge rather than overwrite.
 */
async function staleVersionError<S extends VersionedSnapshot, W>(
  tx: Tx,
  kind: EditableKind<S, W>,
  id: number,
  version: number,
): Promise<AppError> {
  const current = await kind.load(tx, id);
  if (!current) return new AppError("not_found", `There is no ${kind.label} ${id}.`);
  const edited = await tx.revision.findUnique({
    where: { recordType_recordId_version: { recordType: kind.type, recordId: id, version } },
    select: { snapshot: true },
  });
  const changedFields = edited ? diffSnapshots(edited.snapshot as object, current).map((change) => change.field) : [];
  return new AppError(
    "conflict",
    `This ${kind.label} was changed by someone else (you edited version ${version}; it is now at version ${current.version}). Review the changes and save again.`,
    undefined,
    { current, changedFields },
  );
}
