import type { Labelled, SearchDocument, SearchDocumentSource } from "../../lib/search/contract";
import { type Rng, Zipf, chance, int, pick, seeded, shuffled, weighted } from "./random";
import {
  AI_WORDS,
  CHINESE_CONNECTORS,
  CHINESE_FAMILY_NAMES,
  CHINESE_GIVEN_NAMES,
  CHINESE_MEDIA_WORDS,
  CHINESE_PHRASES,
  FUNCTION_WORDS,
  MEDIA_WORDS,
  NAME_SYLLABLES,
  ORG_SUFFIXES,
  TOPIC_TAGS,
  WESTERN_FAMILY_NAMES,
  WESTERN_GIVEN_NAMES,
} from "./vocabulary";

// A synthetic corpus of search documents, generated directly in the shape the engines index
// (no claims, quotes or sources rows behind them). Document i depends only on the seed and i,
// so any batch can be generated on its own and the corpus never has to sit in memory.

const CORPUS_COUNTS = {
  speakers: 6_000,
  orgs: 800,
  publishers: 2_000,
  sources: 25_000,
  entities: 1_500,
  tags: 300,
  /** Made-up names (products, models, start-ups) forming the vocabulary's long tail. */
  tailWords: 20_000,
} as const;

const STATUSES = [
  ["VERIFIED_PRIMARY", 30],
  ["SOURCED_UNVERIFIED", 35],
  ["ATTRIBUTED_WITHOUT_SOURCE", 15],
  ["UNSOURCED", 10],
  ["DISPUTED", 6],
  ["MISATTRIBUTED", 4],
] as const;
const RANKS = [
  ["NORMAL", 87],
  ["PREFERRED", 10],
  ["DEPRECATED", 3],
] as const;
const SOURCE_TYPES = [
  ["ARTICLE", 30],
  ["INTERVIEW", 15],
  ["PODCAST_EPISODE", 14],
  ["SOCIAL_POST", 12],
  ["VIDEO", 9],
  ["BLOG_POST", 7],
  ["EARNINGS_CALL", 5],
  ["REPORT", 4],
  ["PRESS_RELEASE", 3],
  ["DATASET", 1],
] as const;

export interface Speaker extends Labelled {
  names: string[];
  orgs: Labelled[];
}

export interface Entity extends Labelled {
  names: string[];
}

export interface Pools {
  /** The curated AI vocabulary, commonest first. */
  words: string[];
  /** Made-up names, commonest first: the vocabulary's long tail. */
  tail: string[];
  speakers: Speaker[];
  orgs: Labelled[];
  publishers: Labelled[];
  sources: SearchDocumentSource[];
  entities: Entity[];
  tags: Labelled[];
}

const slugify = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function tailWords(seed: number, count: number, avoid: Set<string>): string[] {
  const rng = seeded(seed, "tail");
  const words = new Set<string>();
  while (words.size < count) {
    const syllables = int(rng, 2, 4);
    let word = "";
    for (let index = 0; index < syllables; index++) word += pick(rng, NAME_SYLLABLES);
    if (chance(rng, 0.08)) word += String(int(rng, 2, 9));
    if (word.length >= 4 && !avoid.has(word)) words.add(word);
  }
  return [...words];
}

/** Everything documents draw from; the same for every corpus size. */
function buildPools(seed: number): Pools {
  // Keep the curated words ahead of the tail, but shuffle them within bands of 60 so that the
  // commonest words are not simply the first ones written down.
  const bandRng = seeded(seed, "bands");
  const curated = [...new Set(AI_WORDS)];
  const banded: string[] = [];
  for (let start = 0; start < curated.length; start += 60) banded.push(...shuffled(bandRng, curated.slice(start, start + 60)));
  const tail = tailWords(seed, CORPUS_COUNTS.tailWords, new Set([...curated, ...FUNCTION_WORDS]));

  const orgRng = seeded(seed, "orgs");
  const orgs: Labelled[] = Array.from({ length: CORPUS_COUNTS.orgs }, (_, index) => {
    const name = `${capitalise(pick(orgRng, tail))} ${pick(orgRng, ORG_SUFFIXES)}`;
    return { slug: `${slugify(name)}-${index + 1}`, name };
  });

  const speakerRng = seeded(seed, "speakers");
  const speakers: Speaker[] = Array.from({ length: CORPUS_COUNTS.speakers }, (_, index) => {
    let name: string;
    const names: string[] = [];
    if (chance(speakerRng, 0.55)) {
      const [given, givenZh] = pick(speakerRng, WESTERN_GIVEN_NAMES);
      const [family, familyZh] = pick(speakerRng, WESTERN_FAMILY_NAMES);
      name = `${given} ${family}`;
      names.push(name, `${givenZh}·${familyZh}`);
      if (chance(speakerRng, 0.3)) names.push(familyZh);
    } else {
      const [family, familyZh] = pick(speakerRng, CHINESE_FAMILY_NAMES);
      const [given, givenZh] = pick(speakerRng, CHINESE_GIVEN_NAMES);
      name = `${family} ${given}`;
      names.push(name, `${familyZh}${givenZh}`);
      if (chance(speakerRng, 0.3)) names.push(`${given} ${family}`);
    }
    const memberships = chance(speakerRng, 0.15) ? 2 : chance(speakerRng, 0.9) ? 1 : 0;
    const speakerOrgs = Array.from({ length: memberships }, () => orgs[int(speakerRng, 0, orgs.length - 1)]!);
    return { slug: `${slugify(name)}-${index + 1}`, name, names, orgs: [...new Map(speakerOrgs.map((org) => [org.slug, org])).values()] };
  });

  const publisherRng = seeded(seed, "publishers");
  const publishers: Labelled[] = Array.from({ length: CORPUS_COUNTS.publishers }, (_, index) => {
    const name = chance(publisherRng, 0.2)
      ? `${pick(publisherRng, CHINESE_PHRASES)}${pick(publisherRng, CHINESE_MEDIA_WORDS)}`
      : `${chance(publisherRng, 0.4) ? "The " : ""}${capitalise(pick(publisherRng, chance(publisherRng, 0.5) ? curated : tail))} ${pick(publisherRng, MEDIA_WORDS)}`;
    return { slug: `${slugify(name) || "publisher"}-${index + 1}`, name };
  });

  const publisherZipf = new Zipf(publishers.length, 1, 5);
  const sourceRng = seeded(seed, "sources");
  const sources: SearchDocumentSource[] = Array.from({ length: CORPUS_COUNTS.sources }, (_, index) => {
    const id = index + 1;
    const publisher = chance(sourceRng, 0.92) ? publishers[publisherZipf.sample(sourceRng)]! : null;
    const type = weighted(sourceRng, SOURCE_TYPES);
    const topic = Array.from({ length: int(sourceRng, 2, 5) }, () => pick(sourceRng, curated)).join(" ");
    const title = chance(sourceRng, 0.25)
      ? `${pick(sourceRng, CHINESE_PHRASES)}與${pick(sourceRng, CHINESE_PHRASES)}：${pick(sourceRng, CHINESE_PHRASES)}的${pick(sourceRng, CHINESE_PHRASES)}`
      : {
          ARTICLE: `${capitalise(topic)}`,
          INTERVIEW: `Interview: ${topic}`,
          PODCAST_EPISODE: `Episode ${int(sourceRng, 1, 600)}: ${topic}`,
          SOCIAL_POST: `Post on ${topic}`,
          VIDEO: `${capitalise(topic)} (video)`,
          BLOG_POST: `${capitalise(topic)}`,
          EARNINGS_CALL: `Q${int(sourceRng, 1, 4)} ${int(sourceRng, 2015, 2026)} earnings call`,
          REPORT: `Report: ${topic}`,
          PRESS_RELEASE: `Announcing ${topic}`,
          DATASET: `Dataset: ${topic}`,
        }[type];
    const url = chance(sourceRng, 0.9) ? `https://${publisher?.slug ?? "independent"}.example/${id}` : null;
    return { id, title, publisher, url, type };
  });

  const entityRng = seeded(seed, "entities");
  const entities: Entity[] = Array.from({ length: CORPUS_COUNTS.entities }, (_, index) => {
    const base = capitalise(pick(entityRng, tail));
    const name = chance(entityRng, 0.5)
      ? `${base}-${int(entityRng, 1, 9)}${chance(entityRng, 0.5) ? `-${pick(entityRng, [7, 13, 34, 70, 405])}b` : ""}`
      : base;
    const names = [name];
    if (chance(entityRng, 0.3)) names.push(`${pick(entityRng, CHINESE_PHRASES)}${pick(entityRng, ["模型", "大模型", "平台", "助手"])}`);
    return { slug: `${slugify(name)}-${index + 1}`, name, names };
  });

  const tagRng = seeded(seed, "tags");
  const tagNames = new Set(TOPIC_TAGS);
  while (tagNames.size < CORPUS_COUNTS.tags) tagNames.add(`${capitalise(pick(tagRng, curated))} ${pick(tagRng, curated)}`);
  const tags: Labelled[] = [...tagNames].map((name) => ({ slug: slugify(name), name }));

  return { words: banded, tail, speakers, orgs, publishers, sources, entities, tags };
}

/** Samplers shared by every document. */
export class Corpus {
  readonly pools: Pools;
  private readonly wordZipf: Zipf;
  private readonly tailZipf: Zipf;
  private readonly phraseZipf: Zipf;
  private readonly speakerZipf: Zipf;
  private readonly sourceZipf: Zipf;
  private readonly entityZipf: Zipf;
  private readonly tagZipf: Zipf;

  constructor(readonly seed: number) {
    this.pools = buildPools(seed);
    this.wordZipf = new Zipf(this.pools.words.length, 1, 20);
    this.tailZipf = new Zipf(this.pools.tail.length, 1, 10);
    this.phraseZipf = new Zipf(CHINESE_PHRASES.length, 1, 5);
    this.speakerZipf = new Zipf(this.pools.speakers.length, 1, 5);
    this.sourceZipf = new Zipf(this.pools.sources.length, 1, 20);
    this.entityZipf = new Zipf(this.pools.entities.length, 1, 5);
    this.tagZipf = new Zipf(this.pools.tags.length, 1, 3);
  }

  /** A content word: one in eight from the long tail of made-up names. */
  contentWord(rng: Rng): string {
    return chance(rng, 0.125) ? this.pools.tail[this.tailZipf.sample(rng)]! : this.pools.words[this.wordZipf.sample(rng)]!;
  }

  /** 15–60 words (or `min`–`max`), about half of them content words. */
  englishText(rng: Rng, min = 15, max = 60): string {
    const length = int(rng, min, max);
    const words: string[] = [];
    for (let index = 0; index < length; index++) {
      let word = chance(rng, 0.45) ? pick(rng, FUNCTION_WORDS) : this.contentWord(rng);
      if (index === 0 || words.at(-1)?.endsWith(".")) word = capitalise(word);
      if (index < length - 1 && chance(rng, 0.06)) word += pick(rng, [",", ",", ".", " —", ";"]);
      words.push(word);
    }
    return `${words.join(" ")}${pick(rng, [".", ".", ".", "!", "?"])}`;
  }

  /** 20–80 characters (or `min`–`max`) of phrases, connectors and punctuation. */
  chineseText(rng: Rng, min = 20, max = 80): string {
    const length = int(rng, min, max);
    let text = "";
    let sinceComma = 0;
    while (text.length < length) {
      const piece = chance(rng, 0.55) ? CHINESE_PHRASES[this.phraseZipf.sample(rng)]! : pick(rng, CHINESE_CONNECTORS);
      text += piece;
      sinceComma += piece.length;
      if (sinceComma > 10 && chance(rng, 0.3)) {
        text += "，";
        sinceComma = 0;
      }
    }
    return `${text.replace(/，$/, "")}。`;
  }

  private claimOf(index: number): number {
    // About one claim in three has two quotes: indexes 0 and 1 share claim 1, 2 has claim 2, …
    return Math.floor((index * 2) / 3) + 1;
  }

  private isoDate(rng: Rng): string | null {
    if (chance(rng, 0.03)) return null;
    // More is said every year: weight each year by its distance from 2014.
    const year = weighted(
      rng,
      Array.from({ length: 12 }, (_, offset) => [2015 + offset, offset + 1] as const),
    );
    const month = int(rng, 1, 12);
    const day = int(rng, 1, month === 2 ? 28 : [4, 6, 9, 11].includes(month) ? 30 : 31);
    return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }

  /** Document `index` (from 0) of the corpus. */
  document(index: number): SearchDocument {
    const claimId = this.claimOf(index);
    const claim = seeded(this.seed, "claim", claimId);
    const speaker = this.pools.speakers[this.speakerZipf.sample(claim)]!;
    const statements = [{ lang: "en", text: this.englishText(claim, 8, 16) }];
    if (chance(claim, 0.2)) statements.push({ lang: "zh-Hant", text: this.chineseText(claim, 10, 30) });
    const entities = [
      ...new Set(
        Array.from(
          {
            length: weighted(claim, [
              [0, 4],
              [1, 4],
              [2, 2],
            ] as const),
          },
          () => this.entityZipf.sample(claim),
        ),
      ),
    ].map((rank) => this.pools.entities[rank]!);
    const tags = [...new Set(Array.from({ length: int(claim, 1, 3) }, () => this.tagZipf.sample(claim)))].map(
      (rank) => this.pools.tags[rank]!,
    );
    const claimSources = chance(claim, 0.3) ? [this.pools.sources[this.sourceZipf.sample(claim)]!] : [];
    const claimedAt = this.isoDate(claim);
    const status = weighted(claim, STATUSES);
    const rank = weighted(claim, RANKS);

    const quote = seeded(this.seed, "quote", index);
    const chinese = chance(quote, 0.3);
    const text = chinese ? this.chineseText(quote) : this.englishText(quote);
    const translations = chance(quote, 1 / 3)
      ? [chinese ? { lang: "en", text: this.englishText(quote) } : { lang: "zh-Hant", text: this.chineseText(quote) }]
      : [];
    const quoteSources = Array.from({ length: chance(quote, 0.2) ? 2 : 1 }, () => this.pools.sources[this.sourceZipf.sample(quote)]!);
    const sources = [...new Map([...quoteSources, ...claimSources].map((source) => [source.id, source])).values()];

    return {
      id: `q${index + 1}`,
      claimId,
      claimSlug: `claim-${claimId}`,
      quoteId: index + 1,
      text,
      lang: chinese ? "zh-Hant" : "en",
      translations,
      statements,
      speaker: { slug: speaker.slug, name: speaker.name, names: speaker.names },
      coSpeakers: [],
      misattribution: null,
      orgs: speaker.orgs,
      entities,
      affiliated: speaker.orgs.map((org) => org.name),
      sources,
      tags,
      claimedAt,
      claimedAtPrecision: claimedAt ? "DAY" : null,
      status,
      rank,
      rankReason: null,
    };
  }

  /** The corpus in batches, generated as they are consumed; `onGenerate` gets the time spent. */
  async *batches(total: number, batchSize: number, onGenerate?: (ms: number) => void): AsyncGenerator<SearchDocument[]> {
    for (let start = 0; start < total; start += batchSize) {
      const began = performance.now();
      const batch: SearchDocument[] = [];
      for (let index = start; index < Math.min(total, start + batchSize); index++) batch.push(this.document(index));
      onGenerate?.(performance.now() - began);
      yield batch;
    }
  }
}
