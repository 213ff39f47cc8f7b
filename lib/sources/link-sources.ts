import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { sourceRelationKind, type SourceRelationSnapshot } from "./source-relation-record";
import { brokenRule, requireRecord } from "../editing/resolve";
import { inEditSession } from "../editing/transaction";
import { parseInput } from "../editing/validation";
import { ZLinkSources, type TLinkSources } from "./source-schemas";

/** Records that source `fromSourceId` republishes / translates / quotes / is derived from another. */
export async function linkSources(db: Db, actor: Actor, fromSourceId: number, input: TLinkSources): Promise<SourceRelationSnapshot> {
  requireRole(actor, "EDITOR");
  const { toSourceId, kind, note, reason } = parseInput(ZLinkSources, input);
  return inEditSession(db, actor, reason ?? `Linked source ${fromSourceId} to source ${toSourceId} (${kind}).`, async (session) => {
    const { tx } = session;
    if (!(await tx.source.findUnique({ where: { id: fromSourceId }, select: { id: true } })))
      throw new AppError("not_found", `There is no source ${fromSourceId}.`);
    if (toSourceId === fromSourceId) throw brokenRule("toSourceId", "a source cannot relay itself");
    await requireRecord(
      tx.source.findUnique({ where: { id: toSourceId }, select: { id: true } }),
      "toSourceId",
      `there is no source ${toSourceId}`,
    );
    const key = { fromSourceId, toSourceId, kind };
    const existing = await tx.sourceRelation.findUnique({ where: { fromSourceId_toSourceId_kind: key }, select: { id: true } });
    if (existing)
      throw new AppError(
        "duplicate",
        "This relation is already recorded.",
        { toSourceId: "is already related this way" },
        { existingId: existing.id },
      );
    const row = await tx.sourceRelation.create({ data: { ...key, note: note ?? null }, select: { id: true } });
    const relation = await session.created(sourceRelationKind, row.id);
    // A relay chain is shown with every claim citing either source.
    await session.announce("source", fromSourceId);
    await session.announce("source", toSourceId);
    return relation;
  });
}
