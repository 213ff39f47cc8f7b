import type { EntityDocument, EntityHit, EntityKindName } from "./contract";
import { ENTITY_KINDS } from "./contract";
import { highlight } from "./highlight";

// The entity document, declared once like the claim document (search-document.ts): both
// engines search its names above its related names, filter by kind, and order an empty
// query by name; a hit is built from the stored document by our own code.

/** Weight tiers, most important first: the entity's own names, then its affiliates' names. */
export const ENTITY_TIERS = ["names", "related"] as const;
export type EntityTier = (typeof ENTITY_TIERS)[number];

export function entityTierTexts(document: EntityDocument): Record<EntityTier, string[]> {
  return { names: [...new Set([document.name, ...document.names.map((name) => name.value)])], related: document.related };
}

/** The key an unsearched list is ordered by: the display name, folded for case. */
export function entitySortName(document: EntityDocument): string {
  return document.name.toLowerCase();
}

export function emptyKindCounts(): Record<EntityKindName, number> {
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, 0])) as Record<EntityKindName, number>;
}

export function toEntityHit(document: EntityDocument, isMatch: (term: string) => boolean): EntityHit {
  const aliases = [...new Set(document.names.map((name) => name.value))]
    .filter((value) => value !== document.name)
    .map((value) => ({ value, segments: highlight(value, isMatch) }))
    .filter((alias) => alias.segments.some((segment) => segment.match));
  return {
    slug: document.slug,
    kind: document.kind,
    name: document.name,
    names: document.names,
    description: document.description,
    claimCount: document.claimCount,
    highlight: { name: highlight(document.name, isMatch), aliases },
  };
}
