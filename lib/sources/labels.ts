import type { CitationRole, SourceRelationKind } from "../db/generated/enums";

// Plain words for source relations, citation roles and titles. A SourceRelation reads
// "from <kind> to"; a source page names relations from its own side, so each kind needs both
// voices: the Bloomberg column "quotes" the All-In episode, "is translated by" 觀察者網.

const FORWARD: Record<SourceRelationKind, string> = {
  REPUBLISHES: "republishes",
  TRANSLATES: "translates",
  QUOTES: "quotes",
  DERIVED_FROM: "is derived from",
};

const REVERSE: Record<SourceRelationKind, string> = {
  REPUBLISHES: "is republished by",
  TRANSLATES: "is translated by",
  QUOTES: "is quoted by",
  DERIVED_FROM: "is the basis of",
};

/** What this source does to the other one: "republishes", "is derived from". */
export function relationPhrase(kind: SourceRelationKind, direction: "relays" | "relayedBy"): string {
  return (direction === "relays" ? FORWARD : REVERSE)[kind];
}

/** Several relations between the same two sources, in one phrase: "translates and is derived from". */
export function relationPhrases(kinds: SourceRelationKind[], direction: "relays" | "relayedBy"): string {
  const phrases = kinds.map((kind) => relationPhrase(kind, direction));
  if (phrases.length < 2) return phrases.join("");
  return `${phrases.slice(0, -1).join(", ")} and ${phrases.at(-1)}`;
}

const CITATION_ROLE_LABELS: Record<CitationRole, string> = {
  PRIMARY: "Primary source",
  RELAY: "Relay",
};

export function citationRoleLabel(role: CitationRole): string {
  return CITATION_ROLE_LABELS[role];
}

/**
 * Titles in [square brackets] describe a work whose own title is not known (the corpus's
 * convention). Returns the description without its brackets, or null for a real title.
 */
export function descriptiveTitle(title: string): string | null {
  const match = /^\[(.+)\]$/s.exec(title.trim());
  return match ? match[1]! : null;
}
