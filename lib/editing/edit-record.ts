import "server-only";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import type { EditableKind, Tx, VersionedSnapshot } from "./record-kind";
import { inTransaction, type ExplainViolation } from "./transaction";
import { writeEdit, type EditMeta } from "./write-edit";

/**
 * The one path by which an existing record changes: the version is checked and bumped
 * atomically, `next` turns the current snapshot into the wanted one, the row is written,
 * and the new snapshot is recorded as a revision and announced to the search index, all in
 * one transaction. Rules that span records (the kind's afterEdit) follow the change in the
 * same transaction. The caller has
 * already checked the actor's role.
 */
export function editRecord<S extends VersionedSnapshot, W>(
  db: Db,
  actor: NonNullable<Actor>,
  kind: EditableKind<S, W>,
  id: number,
  meta: EditMeta,
  next: (current: S, tx: Tx) => W | Promise<W>,
  explain?: ExplainViolation,
): Promise<S> {
  return inTransaction(
    db,
    actor,
    async (tx) => {
      const { before, after } = await writeEdit(tx, actor.userId, kind, id, meta, next);
      await kind.afterEdit?.(tx, actor.userId, before, after, meta.action);
      return after;
    },
    explain,
  );
}
