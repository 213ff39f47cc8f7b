import { claimCountLabel as claims, entityKindLabel } from "./labels";
import type { EntityPage } from "./find-entity-page";

/** The page's meta description: who this is, their other names, and how much is on record. */
export function describeEntity(entity: Pick<EntityPage, "kind" | "name" | "description" | "names" | "spoken" | "about">): string {
  const otherNames = [...new Set(entity.names.filter((name) => name.value !== entity.name).map((name) => name.value))];
  return [
    entity.description ?? `${entityKindLabel(entity.kind)}.`,
    otherNames.length ? `Also known as ${otherNames.join(", ")}.` : "",
    `${claims(entity.spoken.length)} by, ${claims(entity.about.length)} about ${entity.name}, with their sources.`,
  ]
    .filter(Boolean)
    .join(" ");
}
