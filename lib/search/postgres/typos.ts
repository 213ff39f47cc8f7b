import type { Db } from "../../db/client";
import type { ParsedQuery } from "../query";
import { allowedTypos, typoDistance } from "../text";
import type { TypoExpansions } from "./tsquery";

/** Low enough that one typo in a five-letter word still shares enough trigrams to be found. */
const SIMILARITY_THRESHOLD = 0.2;
const CANDIDATES_PER_WORD = 50;

/**
 * For each query word that may carry typos, the indexed terms within its budget. Trigrams
 * find candidates through the index; the exact Meilisearch rule (a swap counts as one) is
 * then checked here.
 */
export async function fetchTypoExpansions(db: Db, query: ParsedQuery): Promise<TypoExpansions> {
  const words = [...new Set(query.parts.filter((part) => part.kind === "word" && allowedTypos(part.terms[0]!) > 0).map((part) => part.terms[0]!))];
  const expansions: TypoExpansions = new Map();
  if (words.length === 0) return expansions;
  const rows = await db.$transaction(async (tx) => {
    await tx.$queryRawUnsafe(`SELECT set_config('pg_trgm.similarity_threshold', '${SIMILARITY_THRESHOLD}', true)`);
    return tx.$queryRawUnsafe<{ word: string; term: string }[]>(
      `SELECT q.word, t.term FROM unnest($1::text[]) AS q(word)
       CROSS JOIN LATERAL (
         SELECT term FROM search_terms WHERE term % q.word AND term <> q.word
         ORDER BY similarity(term, q.word) DESC LIMIT ${CANDIDATES_PER_WORD}
       ) t`,
      words,
    );
  });
  for (const { word, term } of rows) {
    const budget = allowedTypos(word);
    if (typoDistance(word, term, budget) > budget) continue;
    expansions.set(word, [...(expansions.get(word) ?? []), term]);
  }
  return expansions;
}
