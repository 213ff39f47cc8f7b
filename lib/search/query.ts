import { allowedTypos, terms, typoDistance } from "./text";

/**
 * One unit of a parsed query. A word is one term (typos allowed by its length, a prefix when
 * it is the last thing typed). A phrase is adjacent terms matched exactly: a "quoted phrase",
 * or a word the segmenter cut in several (通義千問 → 通义 千 问, qwen3-coder → qwen3 coder).
 */
export interface QueryPart {
  kind: "word" | "phrase";
  terms: string[];
  negated: boolean;
  /** The last term may be the start of a longer word (search as you type). */
  prefix: boolean;
}

export interface ParsedQuery {
  /** Positive parts in the order typed: relevance drops them from the right. */
  parts: QueryPart[];
  excluded: QueryPart[];
}

const CHUNK = /(-?)"([^"]*)"?|(\S+)/g;

export function parseQuery(raw: string): ParsedQuery {
  const parts: QueryPart[] = [];
  const excluded: QueryPart[] = [];
  const chunks = [...raw.matchAll(CHUNK)];
  const endsOpen = raw.length > 0 && !/\s$/.test(raw);
  chunks.forEach((chunk, index) => {
    const quoted = chunk[2] !== undefined;
    let text = quoted ? chunk[2]! : chunk[3]!;
    let negated = quoted ? chunk[1] === "-" : false;
    if (!quoted && text.length > 1 && text.startsWith("-")) {
      negated = true;
      text = text.slice(1);
    }
    const words = terms(text);
    if (words.length === 0) return;
    const isLast = index === chunks.length - 1;
    const part: QueryPart = {
      kind: quoted || words.length > 1 ? "phrase" : "word",
      terms: words,
      negated,
      prefix: isLast && endsOpen && !quoted && !negated,
    };
    (negated ? excluded : parts).push(part);
  });
  return { parts, excluded };
}

/** Whether a document term satisfies a query term (exactly, as a prefix, or within typos). */
function termMatches(queryTerm: string, documentTerm: string, options: { prefix: boolean; typos: boolean }): boolean {
  if (documentTerm === queryTerm) return true;
  if (options.prefix && documentTerm.startsWith(queryTerm)) return true;
  if (!options.typos) return false;
  const budget = allowedTypos(queryTerm);
  return budget > 0 && typoDistance(queryTerm, documentTerm, budget) <= budget;
}

/** A predicate saying which document terms the query matched, for highlighting. */
export function matcherFor(query: ParsedQuery): (documentTerm: string) => boolean {
  const checks = query.parts.flatMap((part) =>
    part.terms.map((term, index) => {
      const isLastTerm = index === part.terms.length - 1;
      const options = { prefix: part.prefix && isLastTerm, typos: part.kind === "word" };
      return (documentTerm: string) => termMatches(term, documentTerm, options);
    }),
  );
  // The hits of one search repeat their words; each is judged once (typo distances are the cost).
  const judged = new Map<string, boolean>();
  return (documentTerm) => {
    let matched = judged.get(documentTerm);
    if (matched === undefined) judged.set(documentTerm, (matched = checks.some((check) => check(documentTerm))));
    return matched;
  };
}
