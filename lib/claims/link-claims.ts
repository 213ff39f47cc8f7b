import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { claimRelationKind, type ClaimRelationSnapshot } from "./claim-relation-record";
import { brokenRule, requireRecord } from "../editing/resolve";
import { inEditSession } from "../editing/transaction";
import { parseInput } from "../editing/validation";
import { ZLinkClaims, type TLinkClaims } from "./claim-schemas";

/** Records that claim `fromClaimId` walks back / retracts / clarifies / … another, as of a date, on a source's evidence. */
export async function linkClaims(db: Db, actor: Actor, fromClaimId: number, input: TLinkClaims): Promise<ClaimRelationSnapshot> {
  requireRole(actor, "EDITOR");
  const { toClaimId, kind, relatedAt, sourceId, note, reason } = parseInput(ZLinkClaims, input);
  return inEditSession(db, actor, reason ?? `Linked claim ${fromClaimId} to claim ${toClaimId} (${kind}).`, async (session) => {
    const { tx } = session;
    if (!(await tx.claim.findUnique({ where: { id: fromClaimId }, select: { id: true } })))
      throw new AppError("not_found", `There is no claim ${fromClaimId}.`);
    if (toClaimId === fromClaimId) throw brokenRule("toClaimId", "a claim cannot relate to itself");
    await requireRecord(
      tx.claim.findUnique({ where: { id: toClaimId }, select: { id: true } }),
      "toClaimId",
      `there is no claim ${toClaimId}`,
    );
    if (sourceId)
      await requireRecord(
        tx.source.findUnique({ where: { id: sourceId }, select: { id: true } }),
        "sourceId",
        `there is no source ${sourceId}`,
      );
    const key = { fromClaimId, toClaimId, kind };
    const existing = await tx.claimRelation.findUnique({ where: { fromClaimId_toClaimId_kind: key }, select: { id: true } });
    if (existing)
      throw new AppError(
        "duplicate",
        "This relation is already recorded.",
        { toClaimId: "is already related this way" },
        { existingId: existing.id },
      );
    const row = await tx.claimRelation.create({
      data: { ...key, relatedAt: relatedAt ?? null, sourceId: sourceId ?? null, note: note ?? null },
      select: { id: true },
    });
    const relation = await session.created(claimRelationKind, row.id);
    // Both claims' pages and documents show the relation.
    await session.announce("claim", fromClaimId);
    await session.announce("claim", toClaimId);
    return relation;
  });
}
