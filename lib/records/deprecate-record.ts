import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { editRecord } from "../editing/edit-record";
import { EDITABLE_KINDS, type EditableRecordType } from "./editable-records";
import type { VersionedSnapshot } from "../editing/record-kind";
import { ZDeprecate, type TDeprecate } from "../editing/schema-parts";
import { parseInput } from "../editing/validation";

/**
 * Nothing is deleted: a claim is ranked DEPRECATED with the reason, any other record gets its
 * deprecation time. Its history stays readable, and a restore can bring it back.
 */
export async function deprecateRecord(
  db: Db,
  actor: Actor,
  type: EditableRecordType,
  id: number,
  input: TDeprecate,
): Promise<VersionedSnapshot> {
  requireRole(actor, "EDITOR");
  const { version, reason } = parseInput(ZDeprecate, input);
  const kind = EDITABLE_KINDS[type];
  const deprecatedAt = new Date();
  return editRecord(db, actor, kind, id, { version, reason, action: "DEPRECATE" }, (current) =>
    kind.deprecated(current, reason, deprecatedAt),
  );
}
