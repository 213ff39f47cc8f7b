import { SEARCH_TIERS } from "../search-document";
import { leadingWeights, type PartOptions } from "./tsquery";

/** The SQL of a tsquery over the first `count` query words (registered as a parameter). */
export type TsqueryOf = (count: number, options: PartOptions & { adjacent?: boolean }) => string;

export interface RankingRule {
  name: string;
  /** SQL over a candidate row (id, claimed_at, words, tsv); `words` is the number of query words. */
  expression: (context: { tsquery: TsqueryOf; words: number }) => string;
  direction: "ASC" | "DESC" | "ASC NULLS LAST" | "DESC NULLS LAST";
}

/** A rule's value for a candidate matching its first k words: one CASE arm per k. */
const byWords = (words: number, make: (k: number) => string) =>
  `CASE words ${Array.from({ length: words }, (_, i) => `WHEN ${words - i} THEN ${make(words - i)}`).join(" ")} END`;

/**
 * Relevance, Meilisearch's rules in Meilisearch's order (settings.ts lists the same), over the
 * bounded candidates only. docs/SEARCH.md says where a rule only approximates Meilisearch's.
 */
export const RELEVANCE_RULES: readonly RankingRule[] = [
  // Candidates are gathered tier by tier: `words` is the largest k whose first k words all match.
  { name: "words", expression: () => "words", direction: "DESC" },
  // 0 when the k words match without any typo variant.
  {
    name: "typos",
    expression: ({ tsquery, words }) => byWords(words, (k) => `(NOT tsv @@ ${tsquery(k, { typos: false })})::int`),
    direction: "ASC",
  },
  // Two buckets: 0 when the k words stand side by side in order.
  {
    name: "proximity",
    expression: ({ tsquery, words }) =>
      byWords(words, (k) => (k === 1 ? "0" : `(NOT tsv @@ ${tsquery(k, { typos: true, adjacent: true })})::int`)),
    direction: "ASC",
  },
  // The first declared tier (search-document.ts) within which all k words are found.
  {
    name: "field",
    expression: ({ tsquery, words }) =>
      byWords(
        words,
        (k) =>
          `CASE ${SEARCH_TIERS.slice(0, -1)
            .map((_, tier) => `WHEN tsv @@ ${tsquery(k, { typos: true, weights: leadingWeights(tier + 1) })} THEN ${tier}`)
            .join(" ")} ELSE ${SEARCH_TIERS.length - 1} END`,
      ),
    direction: "ASC",
  },
  // Cover density, normalised by length: the query's words making up more of a shorter text.
  {
    name: "exactness",
    expression: ({ tsquery, words }) => byWords(words, (k) => `ts_rank_cd(tsv, ${tsquery(k, { typos: true })}, 1)`),
    direction: "DESC",
  },
  { name: "recency", expression: () => "claimed_at", direction: "DESC NULLS LAST" },
  { name: "doc_id", expression: () => "id", direction: "ASC" },
];

/** The requested date order, the id keeping equal days in a stable order; undated claims last. */
export const DATE_RULES: Record<"newest" | "oldest", readonly RankingRule[]> = {
  newest: [
    { name: "recency", expression: () => "claimed_at", direction: "DESC NULLS LAST" },
    { name: "doc_id", expression: () => "id", direction: "DESC" },
  ],
  oldest: [
    { name: "recency", expression: () => "claimed_at", direction: "ASC NULLS LAST" },
    { name: "doc_id", expression: () => "id", direction: "ASC" },
  ],
};
