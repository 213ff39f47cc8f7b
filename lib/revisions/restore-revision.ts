import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { editRecord } from "../editing/edit-record";
import { EDITABLE_KINDS, isEditableType } from "../records/editable-records";
import type { VersionedSnapshot } from "../editing/record-kind";
import { parseInput } from "../editing/validation";
import { ZRestoreRevision, type TRestoreRevision } from "./revision-schemas";

/**
 * Brings a record back to an earlier revision's state. History is append-only, so this is a
 * new revision (RESTORE) on top of the current one, checked against the version the editor
 * saw like any other edit.
 */
export async function restoreRevision(db: Db, actor: Actor, revisionId: number, input: TRestoreRevision): Promise<VersionedSnapshot> {
  requireRole(actor, "EDITOR");
  const { version, reason } = parseInput(ZRestoreRevision, input);
  const revision = await db.revision.findUnique({ where: { id: revisionId } });
  if (!revision) throw new AppError("not_found", `There is no revision ${revisionId}.`);
  if (!isEditableType(revision.recordType)) {
    throw new AppError("unprocessable", `A ${revision.recordType.replace("_", " ")} is never edited, so there is nothing to restore.`);
  }
  const kind = EDITABLE_KINDS[revision.recordType];
  return editRecord(db, actor, kind, revision.recordId, { version, reason, action: "RESTORE" }, (current) => ({
    ...(revision.snapshot as object),
    id: current.id,
    version: current.version,
  }));
}
