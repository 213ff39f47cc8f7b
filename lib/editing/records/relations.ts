import type { Prisma } from "../../db/generated/client";
import { toJson, type Jsonified } from "../json";
import type { SnapshotKind } from "./kind";

// Relations are statements of fact with their own evidence: created once, never edited in
// place (a different relation is a new row), so they have a first revision and no version.

export type ClaimRelationSnapshot = Jsonified<Prisma.ClaimRelationGetPayload<object>>;
export type SourceRelationSnapshot = Jsonified<Prisma.SourceRelationGetPayload<object>>;

export const claimRelationKind: SnapshotKind<ClaimRelationSnapshot> = {
  type: "claim_relation",
  label: "claim relation",
  indexAs: null,
  async load(tx, id) {
    const row = await tx.claimRelation.findUnique({ where: { id } });
    return row && toJson(row);
  },
};

export const sourceRelationKind: SnapshotKind<SourceRelationSnapshot> = {
  type: "source_relation",
  label: "source relation",
  indexAs: null,
  async load(tx, id) {
    const row = await tx.sourceRelation.findUnique({ where: { id } });
    return row && toJson(row);
  },
};
