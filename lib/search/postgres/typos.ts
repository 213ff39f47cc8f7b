import type { ParsedQuery } from "../query";
import { allowedTypos, isCjk } from "../text";

// Typo variants found in the same statement as the search (search-sql.ts), by the stated rule
// exactly: the query word's deletion neighbourhood is looked up in search_term_variants, which
// holds every indexed term under its own deletions (see the migration), and the candidates are
// checked with optimal-string-alignment distance (search_typo_distance). A term within the
// word's budget shares a deletion with it, so none is missed.

/** Variants kept per query word, closest first: a bound on the tsquery's size. */
export const MAX_VARIANTS_PER_WORD = 100;

/** Whether a term may be the typo variant of some query word (4 letters: of a 5-letter word). */
export function isTypoTerm(term: string): boolean {
  return !isCjk(term) && [...term].length >= 4;
}

/** The word itself and every string obtained by deleting up to `depth` of its letters. */
export function deletions(word: string, depth: number): string[] {
  let level = new Set([word]);
  const all = new Set(level);
  for (let step = 0; step < depth; step++) {
    const next = new Set<string>();
    for (const text of level) {
      const letters = [...text];
      for (let at = 0; at < letters.length; at++) next.add([...letters.slice(0, at), ...letters.slice(at + 1)].join(""));
    }
    for (const text of next) all.add(text);
    level = next;
  }
  return [...all];
}

/** Marks where a word's variants go in a tsquery template; replaced in SQL by typoSlotSql. */
export const typoSlot = (part: number, weights: string) => `\u0001${part}:${weights}\u0001`;
const SLOT = /\u0001(\d+):([A-D]*)\u0001/;

/**
 * The CTE `typo_variants (part, term)` for the query's typo-able words, or null when it has
 * none. `param` registers a value and returns its placeholder.
 */
export function typoVariantsCte(query: ParsedQuery, param: (value: unknown) => string): string | null {
  const rows: { part: number; word: string; budget: number; variant: string }[] = [];
  query.parts.forEach((part, index) => {
    const word = part.terms[0]!;
    const budget = part.kind === "word" ? allowedTypos(word) : 0;
    if (budget > 0) for (const variant of deletions(word, budget)) rows.push({ part: index, word, budget, variant });
  });
  if (rows.length === 0) return null;
  const column = <K extends keyof (typeof rows)[number]>(key: K) => param(rows.map((row) => row[key]));
  return `typo_variants AS MATERIALIZED (
    SELECT part, term FROM (
      SELECT part, term, row_number() OVER (PARTITION BY part ORDER BY distance, term) AS place FROM (
        SELECT part, term, budget, search_typo_distance(word, term, budget) AS distance FROM (
          SELECT DISTINCT q.part, q.word, q.budget, v.term
          FROM unnest(${column("part")}::int[], ${column("word")}::text[], ${column("budget")}::int[], ${column("variant")}::text[]) AS q(part, word, budget, variant)
          JOIN search_term_variants v ON v.variant = q.variant
          WHERE v.term <> q.word
        ) AS candidates
      ) AS checked WHERE distance <= budget
    ) AS ranked WHERE place <= ${MAX_VARIANTS_PER_WORD})`;
}

/**
 * SQL for a tsquery template from tsquery.ts: its text as parameters, each typo slot as the
 * word's variants (` | 'variant':weights …`) read from typo_variants.
 */
export function tsquerySql(template: string, param: (value: unknown) => string): string {
  const pieces = template.split(SLOT);
  if (pieces.length === 1) return `${param(template)}::tsquery`;
  const sql: string[] = [];
  for (let at = 0; at < pieces.length; at += 3) {
    if (pieces[at]) sql.push(param(pieces[at]));
    if (at + 1 < pieces.length) {
      const suffix = pieces[at + 2] ? `:${pieces[at + 2]}` : "";
      // The lexeme quoted as tsquery.ts#lexeme quotes it.
      sql.push(
        `(SELECT coalesce(string_agg(' | ''' || replace(replace(term, '\\', '\\\\'), '''', '''''') || '''${suffix}', ''), '') FROM typo_variants WHERE part = ${Number(pieces[at + 1])})`,
      );
    }
  }
  return `(${sql.join(" || ")})::tsquery`;
}
