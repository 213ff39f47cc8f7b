import type { EntityKind } from "../db/generated/enums";

const ENTITY_KIND_LABELS: Record<EntityKind, string> = {
  PERSON: "Person",
  ORGANIZATION: "Organisation",
  PRODUCT: "Product",
};

export function entityKindLabel(kind: EntityKind): string {
  return ENTITY_KIND_LABELS[kind];
}

/** "1 claim", "12 claims". */
export function claimCountLabel(count: number): string {
  return `${count} ${count === 1 ? "claim" : "claims"}`;
}
