import "server-only";
import type { Db } from "../db/client";
import type { SearchEngine } from "../search/contract";
import { createSearchEngine } from "../search/engine";
import { cachedTokens, terms } from "../search/text";

// Before a quote is added: is it already here? The same words once normalised (case, width,
// punctuation, Traditional/Simplified folded, as search sees them) are the same quote; words
// the search engine finds close enough may be another rendering of it.

export interface DuplicateQuery {
  text: string;
  /** The speaker, when known: their quotes are compared in full, drafts included for editors. */
  speakerId?: number;
  speakerSlug?: string;
  /** The claim the quote will support: its speaker's quotes are compared. */
  claimId?: number;
}

export interface DuplicateCandidate {
  quoteId: number | null;
  claimId: number;
  claimSlug: string;
  text: string;
  speaker: { slug: string; name: string };
  match: "same" | "close";
  /** Share of words in common (Dice coefficient on normalised words), 1 for the same words. */
  similarity: number;
}

export interface DuplicateOptions {
  /** Only for editors: drafts are nobody else's business. */
  includeDrafts?: boolean;
  engine?: SearchEngine;
}

/** How close two texts must be to be offered as a possible duplicate. */
const CLOSE = 0.6;
const SEARCH_WORDS = 10;

function similarity(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const term of a) counts.set(term, (counts.get(term) ?? 0) + 1);
  let shared = 0;
  for (const term of b) {
    const left = counts.get(term) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(term, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

export async function findQuoteDuplicates(db: Db, query: DuplicateQuery, options: DuplicateOptions = {}): Promise<DuplicateCandidate[]> {
  const wanted = terms(query.text);
  if (wanted.length === 0) return [];
  const normalized = wanted.join(" ");
  const found = new Map<string, DuplicateCandidate>();
  const consider = (key: string, candidate: Omit<DuplicateCandidate, "match" | "similarity">, texts: string[]) => {
    let best = 0;
    for (const text of texts) {
      // The speaker's quotes come back with every new one: their words are kept (lib/search/text.ts).
      const words = cachedTokens(text).map((token) => token.term);
      best = Math.max(best, words.join(" ") === normalized ? 1 : similarity(wanted, words));
    }
    if (best < CLOSE || (found.get(key)?.similarity ?? -1) >= best) return;
    found.set(key, { ...candidate, match: best === 1 ? "same" : "close", similarity: Math.round(best * 100) / 100 });
  };

  // The speaker's own quotes, read from the database: complete, and current to the last write.
  const speaker = [
    ...(query.speakerId ? [{ speakerId: query.speakerId }] : []),
    ...(query.speakerSlug ? [{ speaker: { slug: query.speakerSlug } }] : []),
    ...(query.claimId ? [{ speaker: { claimsSpoken: { some: { id: query.claimId } } } }] : []),
  ];
  if (speaker.length) {
    const quotes = await db.quote.findMany({
      where: { deprecatedAt: null, claim: { OR: speaker, ...(options.includeDrafts ? {} : { state: "PUBLISHED" }) } },
      select: {
        id: true,
        text: true,
        translations: { select: { text: true } },
        claim: { select: { id: true, slug: true, speaker: { select: { slug: true, name: true } } } },
      },
    });
    for (const quote of quotes) {
      const candidate = {
        quoteId: quote.id,
        claimId: quote.claim.id,
        claimSlug: quote.claim.slug,
        text: quote.text,
        speaker: quote.claim.speaker,
      };
      consider(`q${quote.id}`, candidate, [quote.text, ...quote.translations.map((translation) => translation.text)]);
    }
  }

  // Everyone's published quotes, through search: the same words from another speaker, or a close rendering.
  try {
    const engine = options.engine ?? createSearchEngine(db);
    const result = await engine.search({
      q: wanted.slice(0, SEARCH_WORDS).join(" "),
      filters: {},
      sort: "relevance",
      page: 1,
      perPage: 10,
    });
    for (const hit of result.hits) {
      const candidate = { quoteId: hit.quoteId, claimId: hit.claimId, claimSlug: hit.claimSlug, text: hit.text, speaker: hit.speaker };
      consider(hit.quoteId ? `q${hit.quoteId}` : `c${hit.claimId}`, candidate, [
        hit.text,
        ...hit.translations.map((translation) => translation.text),
      ]);
    }
  } catch (error) {
    // The engine is a cache that may be down; the database comparison above still stands.
    console.error("duplicate search unavailable", error);
  }
  return [...found.values()].sort((a, b) => b.similarity - a.similarity);
}
