import type { Prisma } from "../db/generated/client";
import { toJson, type Jsonified } from "../editing/json";
import type { SnapshotKind } from "../editing/record-kind";

// Like claim relations, a source relation is created once and never edited in place.

export type SourceRelationSnapshot = Jsonified<Prisma.SourceRelationGetPayload<object>>;

export const sourceRelationKind: SnapshotKind<SourceRelationSnapshot> = {
  type: "source_relation",
  label: "source relation",
  indexAs: null,
  async load(tx, id) {
    const row = await tx.sourceRelation.findUnique({ where: { id } });
    return row && toJson(row);
  },
};
