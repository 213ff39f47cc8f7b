import type { Prisma } from "../db/generated/client";
import { toJson, type Jsonified } from "../editing/json";
import type { SnapshotKind } from "../editing/record-kind";

// Relations are statements of fact with their own evidence: created once, never edited in
// place (a different relation is a new row), so they have a first revision and no version.

export type ClaimRelationSnapshot = Jsonified<Prisma.ClaimRelationGetPayload<object>>;

export const claimRelationKind: SnapshotKind<ClaimRelationSnapshot> = {
  type: "claim_relation",
  label: "claim relation",
  indexAs: null,
  async load(tx, id) {
    const row = await tx.claimRelation.findUnique({ where: { id } });
    return row && toJson(row);
  },
};
