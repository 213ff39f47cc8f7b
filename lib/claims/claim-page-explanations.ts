// What each assessment of a claim means, in one plain sentence, and how claims relate.

export const STATUS_EXPLANATIONS: Record<string, string> = {
  UNSOURCED: "No source for these words has been found yet.",
  ATTRIBUTED_WITHOUT_SOURCE: "The words are attributed to the speaker, but nobody says where or when they were said.",
  SOURCED_UNVERIFIED:
    "A source reports these words, but they have not yet been checked against the original recording, transcript or text.",
  VERIFIED_PRIMARY: "The words have been checked against the primary source: the speaker's own recording, transcript or text.",
  DISPUTED: "Sources disagree about whether, or how, the speaker said this.",
  MISATTRIBUTED: "The speaker did not say this: the words are someone else's.",
};

export const RANK_EXPLANATIONS: Record<string, string> = {
  PREFERRED: "This is the record to use for this statement; other records of it defer to this one.",
  NORMAL: "An ordinary record of the statement.",
  DEPRECATED: "This record has been superseded or found wanting; it is kept so that links and history still work.",
};

export const VERDICT_LABELS: Record<string, string> = {
  TRUE: "True",
  MOSTLY_TRUE: "Mostly true",
  MIXED: "Mixed",
  MOSTLY_FALSE: "Mostly false",
  FALSE: "False",
  UNPROVEN: "Unproven",
};

export const VERDICT_EXPLANATIONS: Record<string, string> = {
  TRUE: "What the claim asserts is accurate.",
  MOSTLY_TRUE: "What the claim asserts is accurate, but it needs a clarification or more context.",
  MIXED: "Part of what the claim asserts is accurate and part is not.",
  MOSTLY_FALSE: "The claim has an element of truth but leaves out facts that would change the impression it gives.",
  FALSE: "What the claim asserts is not accurate.",
  UNPROVEN: "There is not enough evidence to say whether what the claim asserts is accurate.",
};

/** schema.org ClaimReview ratings: 1 (false) to 5 (true); Unproven has no place on the scale. */
export const VERDICT_RATINGS: Record<string, number | null> = {
  TRUE: 5,
  MOSTLY_TRUE: 4,
  MIXED: 3,
  MOSTLY_FALSE: 2,
  FALSE: 1,
  UNPROVEN: null,
};

/** "This claim walks back …" (relation from this claim) and "… walked back by …" (to it). */
export const RELATION_PHRASES: Record<string, { outgoing: string; incoming: string }> = {
  WALKS_BACK: { outgoing: "Walks back", incoming: "Walked back by" },
  RETRACTS: { outgoing: "Retracts", incoming: "Retracted by" },
  CLARIFIES: { outgoing: "Clarifies", incoming: "Clarified by" },
  REPEATS: { outgoing: "Repeats", incoming: "Repeated by" },
  CONTRADICTS: { outgoing: "Contradicts", incoming: "Contradicted by" },
  SUPPORTS: { outgoing: "Supports", incoming: "Supported by" },
  PARAPHRASES: { outgoing: "Paraphrases", incoming: "Paraphrased by" },
};

/** How a relay passed on its source, as a verb: "quoted", "translated and adapted". */
const SOURCE_RELATION_VERBS: Record<string, string> = {
  REPUBLISHES: "republished",
  TRANSLATES: "translated",
  DERIVED_FROM: "adapted",
  QUOTES: "quoted",
};

export function relayVerb(kinds: string[]): string {
  const verbs = kinds.map((kind) => SOURCE_RELATION_VERBS[kind] ?? kind.toLowerCase());
  return verbs.length > 1 ? `${verbs.slice(0, -1).join(", ")} and ${verbs[verbs.length - 1]}` : (verbs[0] ?? "passed on");
}

export function explain(explanations: Record<string, string>, value: string): string {
  return explanations[value] ?? "";
}
