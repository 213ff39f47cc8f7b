import type { ParsedQuery, QueryPart } from "../query";
import { SEARCH_TIERS, type SearchTier } from "../search-document";
import { allowedTypos } from "../text";
import { typoSlot } from "./typos";

// Postgres text-search values written from our own terms. The default parser would re-cut
// what we segmented (and keeps an unspaced Chinese sentence as one word), so we never call
// to_tsvector / to_tsquery: we write their literal forms.

/** Quoted lexeme: single quotes and backslashes escaped as tsvector/tsquery literals need. */
export function lexeme(term: string): string {
  return `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/** Positions above this are clamped by Postgres anyway. */
const MAX_POSITION = 16_383;
/** Gap between fields so that a phrase can never match across two of them. */
const FIELD_GAP = 8;

export type Weight = "A" | "B" | "C" | "D";

/** One tsvector weight per declared tier, in order: A for the quote's words, … D for context. */
export const TIER_WEIGHTS = Object.fromEntries(SEARCH_TIERS.map((tier, index) => [tier, "ABCD"[index]])) as Record<SearchTier, Weight>;

/** Weights of the first `count` tiers ("A", "AB", …): a match in any of them. */
export const leadingWeights = (count: number): string =>
  SEARCH_TIERS.slice(0, count)
    .map((tier) => TIER_WEIGHTS[tier])
    .join("");

/** A tsvector literal: each field's terms at their positions, weighted by the field's tier. */
export function tsvectorLiteral(fields: { weight: Weight; terms: string[] }[]): string {
  const positions = new Map<string, string[]>();
  let position = 1;
  for (const field of fields) {
    for (const term of field.terms) {
      const list = positions.get(term) ?? [];
      if (list.length < 256) list.push(`${Math.min(position, MAX_POSITION)}${field.weight}`);
      positions.set(term, list);
      position++;
    }
    position += FIELD_GAP;
  }
  return [...positions].map(([term, list]) => `${lexeme(term)}:${list.join(",")}`).join(" ");
}

export interface PartOptions {
  /** Include the word's typo variants (a slot that typos.ts#tsquerySql fills in SQL). */
  typos: boolean;
  /** Restrict to these weights (leadingWeights), or any when absent. */
  weights?: string;
}

function termQuery(term: string, prefix: boolean, suffix: string): string {
  return `${lexeme(term)}${prefix || suffix ? `:${prefix ? "*" : ""}${suffix}` : ""}`;
}

export function partQuery(part: QueryPart, index: number, options: PartOptions): string {
  const weight = options.weights ?? "";
  if (part.kind === "phrase") {
    const terms = part.terms.map((term, at) => termQuery(term, part.prefix && at === part.terms.length - 1, weight));
    return terms.length === 1 ? terms[0]! : `( ${terms.join(" <-> ")} )`;
  }
  const [term] = part.terms as [string];
  if (!options.typos || allowedTypos(term) === 0) return termQuery(term, part.prefix, weight);
  return `( ${termQuery(term, part.prefix, weight)}${typoSlot(index, weight)} )`;
}

/**
 * The first `count` positive parts: ANDed (a document holding that many words), or, with
 * `adjacent`, as one phrase (the words side by side, in order: the best proximity).
 */
export function leadingPartsQuery(query: ParsedQuery, count: number, options: PartOptions & { adjacent?: boolean }): string {
  return query.parts
    .slice(0, count)
    .map((part, index) => partQuery(part, index, options))
    .join(options.adjacent ? " <-> " : " & ");
}

/** Matches documents holding any excluded part; null when nothing is excluded. */
export function excludedQuery(query: ParsedQuery): string | null {
  if (query.excluded.length === 0) return null;
  return query.excluded.map((part) => partQuery({ ...part, negated: false }, 0, { typos: false })).join(" | ");
}
