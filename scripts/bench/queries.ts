import { Converter } from "opencc-js/t2cn";
import type { FilterField, SearchDocument } from "../../lib/search/contract";
import { terms } from "../../lib/search/text";
import type { Corpus } from "./corpus";
import { type Rng, int, pick, seeded, shuffled } from "./random";
import { CHINESE_PHRASES, FUNCTION_WORDS } from "./vocabulary";

// The fixed query mix: each kind drawn deterministically from the corpus, so the same seed and
// size always ask the same questions. Queries are sent as typed in the search box (no trailing
// space), so the engine reads the last word as a prefix, as it does for a reader.

export const QUERY_KINDS = ["word", "two-words", "phrase", "typo", "prefix", "chinese", "filtered", "faceted"] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export const QUERY_KIND_LABELS: Record<QueryKind, string> = {
  word: "single word",
  "two-words": "two words",
  phrase: "phrase",
  typo: "typo",
  prefix: "prefix (3 letters)",
  chinese: "Chinese",
  filtered: "word + filter",
  faceted: "empty query + filter",
};

export interface BenchQuery {
  kind: QueryKind;
  q: string;
  filters: Partial<Record<FilterField, string[]>>;
}

const toSimplified = Converter({ from: "t", to: "cn" });
const functionWords = new Set(FUNCTION_WORDS);
const STATUS_VALUES = ["VERIFIED_PRIMARY", "SOURCED_UNVERIFIED", "ATTRIBUTED_WITHOUT_SOURCE", "UNSOURCED", "DISPUTED", "MISATTRIBUTED"];
const SOURCE_TYPE_VALUES = ["ARTICLE", "INTERVIEW", "PODCAST_EPISODE", "SOCIAL_POST", "VIDEO", "BLOG_POST"];

/** Curated words that the engine reads as one term, spelled as they are indexed. */
function simpleWords(corpus: Corpus): string[] {
  return corpus.pools.words.filter((word) => /^[a-z]+$/.test(word) && terms(word).length === 1 && terms(word)[0] === word);
}

/** The words of an English text as written, without punctuation. */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}'-]/gu, ""))
    .filter(Boolean);
}

/** Swaps two neighbouring letters (not the first) that differ: one typo by Meilisearch's rule. */
function swapTwoLetters(rng: Rng, word: string): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const at = int(rng, 1, word.length - 2);
    if (word[at] !== word[at + 1]) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  }
  return word.slice(0, 1) + word[2] + word[1] + word.slice(3);
}

/** `count` queries of each kind, interleaved so no kind runs in a block. */
export function buildQueries(corpus: Corpus, size: number, count: number, stream: string): BenchQuery[] {
  const words = simpleWords(corpus);
  const longWords = words.filter((word) => word.length >= 6);
  const prefixable = words.filter((word) => word.length >= 4);

  const documentAt = (rng: Rng, english = false): SearchDocument => {
    for (let attempt = 0; ; attempt++) {
      const document = corpus.document(int(rng, 0, size - 1));
      if (!english || document.lang === "en" || attempt > 50) return document;
    }
  };

  const make: Record<QueryKind, (rng: Rng, index: number) => BenchQuery> = {
    word: (rng) => ({ kind: "word", q: pick(rng, words), filters: {} }),
    "two-words": (rng) => {
      const content = [
        ...new Set(
          wordsOf(documentAt(rng, true).text)
            .map((word) => word.toLowerCase())
            .filter((word) => !functionWords.has(word)),
        ),
      ];
      const first = int(rng, 0, Math.max(0, content.length - 2));
      const second = int(rng, first + 1, Math.max(first + 1, content.length - 1));
      return { kind: "two-words", q: `${content[first] ?? pick(rng, words)} ${content[second] ?? pick(rng, words)}`, filters: {} };
    },
    phrase: (rng) => {
      const written = wordsOf(documentAt(rng, true).text);
      const length = int(rng, 2, 3);
      const start = int(rng, 0, Math.max(0, written.length - length));
      return {
        kind: "phrase",
        q: `"${written
          .slice(start, start + length)
          .join(" ")
          .toLowerCase()}"`,
        filters: {},
      };
    },
    typo: (rng) => ({ kind: "typo", q: swapTwoLetters(rng, pick(rng, longWords)), filters: {} }),
    prefix: (rng) => ({ kind: "prefix", q: pick(rng, prefixable).slice(0, 3), filters: {} }),
    chinese: (rng, index) => {
      const phrase = pick(rng, CHINESE_PHRASES);
      return { kind: "chinese", q: index % 2 === 0 ? phrase : toSimplified(phrase), filters: {} };
    },
    filtered: (rng, index) => {
      if (index % 2 === 0) {
        const document = documentAt(rng, true);
        const content = wordsOf(document.text)
          .map((word) => word.toLowerCase())
          .filter((word) => !functionWords.has(word));
        return {
          kind: "filtered",
          q: content.length ? pick(rng, content) : pick(rng, words),
          filters: { speaker: [document.speaker.slug] },
        };
      }
      return { kind: "filtered", q: pick(rng, words), filters: { status: [pick(rng, STATUS_VALUES)] } };
    },
    faceted: (rng, index) => {
      const document = documentAt(rng);
      const filters: Partial<Record<FilterField, string[]>>[] = [
        { status: [pick(rng, STATUS_VALUES)] },
        { tag: [pick(rng, document.tags).slug] },
        { lang: [pick(rng, ["en", "zh-Hant"])] },
        { sourceType: [pick(rng, SOURCE_TYPE_VALUES)] },
        { publisher: document.sources[0]?.publisher ? [document.sources[0].publisher.slug] : [pick(rng, STATUS_VALUES)] },
        { speaker: [document.speaker.slug] },
        { status: [pick(rng, STATUS_VALUES)], lang: ["zh-Hant"] },
      ];
      const chosen = filters[index % filters.length]!;
      // A publisher-less document falls back to a status filter.
      if (chosen.publisher && !document.sources[0]?.publisher) return { kind: "faceted", q: "", filters: { status: chosen.publisher } };
      return { kind: "faceted", q: "", filters: chosen };
    },
  };

  const queries: BenchQuery[] = [];
  for (const kind of QUERY_KINDS) {
    const rng = seeded(corpus.seed, "queries", stream, kind, size);
    for (let index = 0; index < count; index++) queries.push(make[kind](rng, index));
  }
  return shuffled(seeded(corpus.seed, "order", stream, size), queries);
}
