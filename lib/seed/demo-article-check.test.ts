import { describe, expect, it } from "vitest";
import { corpus } from "../../prisma/seed/corpus";
import type { CorpusCitation, CorpusClaim } from "../../prisma/seed/corpus-types";
import { ARTICLE } from "../../prisma/seed/sources";
import { anchorQuote } from "../sources/text-anchor";
import { paragraphsOf } from "./corpus-text";

// The demo corpus checked line by line against the article it comes from (prisma/seed/): every
// Chinese citation of the article is in its text, word for word and in the paragraph it names,
// and every claim is dated as precisely as the article (or a cited primary source) supports,
// and no more. A claim added to the corpus must say here what dates it.

const article = corpus.documents.find((document) => document.source === ARTICLE)!.text;
const paragraphs = paragraphsOf(article);

/** What dates a claim: words of the article that give the date, or a cited primary source's own date. */
type DateEvidence = { date: string | null; article: string; reading: string } | { date: string; primary: string };

const COLUMN = {
  date: "2025-11-09",
  article: "《彭博社》11月9日以此為題發表的一篇文章",
  reading: "Bloomberg's column of 9 November (the article is of 2025)",
};
const NYT = { date: "2025-10-22", article: "美國《紐約時報》10月22日發表的一篇長文", reading: "The New York Times of 22 October 2025" };
const RECENT = { date: "2025", reading: "recent, in a column of 2025-11-09: the year and no more" };

const CLAIM_DATES: Record<string, DateEvidence> = {
  "huang-china-will-win-ai-race": { date: "2025-11-05", primary: "ft-huang-2025-11-05" },
  "huang-nanoseconds-behind": { date: "2025-11-05", primary: "nvidia-x-2025-11-05" },
  "bloomberg-huang-motive-and-developer-worry": COLUMN,
  "bloomberg-silicon-valley-turning-to-chinese-ai": COLUMN,
  "bloomberg-ask-why-silicon-valley-defects": COLUMN,
  "chamath-workloads-moved-to-kimi-k2": { ...RECENT, article: "最近在他與白宮AI顧問" },
  "chesky-chatgpt-tools-not-ready": { ...RECENT, article: "不久之後，愛彼迎公司首席執行官" },
  "chesky-airbnb-relies-on-qwen": { date: "2025-10", primary: "bloomberg-chesky-interview-2025-10" },
  "bloomberg-chesky-close-to-altman": COLUMN,
  "tml-research-built-on-qwen3": { ...RECENT, article: "公開認可中國 AI 模型的案例還在不斷增加" },
  "bloomberg-cursor-rumoured-chinese-model": COLUMN,
  "bloomberg-cognition-uses-zhipu-model": COLUMN,
  "zhipu-open-source-contributions": { ...RECENT, article: "近幾周，一個微妙的轉變愈發明顯" },
  "bloomberg-permissive-licences": COLUMN,
  "atom-chinese-models-overtake-us-downloads": {
    date: "2025",
    article: "中國模型已超越美國",
    reading: "already, as of a column of 2025-11-09",
  },
  "atom-qwen-overtakes-llama-downloads": { date: "2025-10", article: "到上月", reading: "last month, in a column of 2025-11-09" },
  "atom-llama-led-qwen-early-2024": { date: "2025-10", article: "到上月", reading: "the same compilation, as of last month" },
  "atom-qwen-derivatives-over-40-percent": {
    date: "2025",
    article: "現已佔Hugging Face上新發佈語言模型",
    reading: "now, as of a column of 2025-11-09",
  },
  "bloomberg-developers-weigh-price-over-risk": COLUMN,
  "bloomberg-too-early-to-call-ai-race": COLUMN,
  "bloomberg-china-draws-developers": COLUMN,
  "huang-half-of-ai-researchers-chinese": { date: null, article: "黃仁勳曾表明", reading: "once said: undated" },
  "guancha-shift-long-signalled": {
    date: "2025-11",
    article: "本文獲《觀察者網》授權刊載",
    reading: "between Bloomberg's column of 2025-11-09 and the republication of 2025-11-10",
  },
  "huang-qwen-best-open-source-model": {
    date: "2025-05",
    article: "今年5月，黃仁勳就在財報電話會上",
    reading: "in May of this year: the month, not the day",
  },
  "dorsey-praises-qwen3-coder": { date: "2025", article: "今年5月", reading: "among this year's signs in the same paragraph" },
  "musk-wan2-2-image-hard-to-tell": { date: "2025", article: "今年5月", reading: "among this year's signs in the same paragraph" },
  "nyt-silicon-valley-china-envy": NYT,
  "nyt-elites-admire-china-speed": NYT,
  "nyt-china-not-obsessed-with-agi": NYT,
  "nyt-envy-reflects-lost-confidence": NYT,
  "schmidt-xu-less-agi-obsession": { date: null, article: "曾呼籲，矽谷應減少", reading: "once called for: undated" },
  "a16z-stuck-in-the-past": { date: null, article: "風險投資公司安德列森．霍洛維茨", reading: "undated" },
};

const precisionOf = (date: string) => (["YEAR", "MONTH", "DAY"] as const)[date.split("-").length - 1];

function citationsOf(claim: CorpusClaim): CorpusCitation[] {
  return [...claim.citations, ...claim.quotes.flatMap((quote) => quote.citations)];
}

const articleCitations = corpus.claims.flatMap((claim) =>
  citationsOf(claim)
    .filter((citation) => citation.source === ARTICLE)
    .map((citation, index) => ({ name: `${claim.key} #${index + 1}`, citation })),
);

describe("the demo corpus against its article", () => {
  it("cites the article many times, always in Chinese", () => {
    expect(articleCitations.length).toBeGreaterThanOrEqual(35);
    for (const { citation } of articleCitations) expect(citation.exact).toMatch(/\p{Script=Han}/u);
  });

  it.each(articleCitations)("$name is anchored in the article, word for word, in the paragraph it names", ({ citation }) => {
    const anchor = anchorQuote(article, citation);
    expect(anchor).not.toBeNull();
    expect(anchor!.closeness).toBe(1);
    expect(article.slice(anchor!.start, anchor!.end)).toBe(citation.exact);
    const paragraph = paragraphs[citation.paragraph! - 1]!;
    const paragraphStart = article.indexOf(paragraph);
    expect(anchor!.start).toBeGreaterThanOrEqual(paragraphStart);
    expect(anchor!.end).toBeLessThanOrEqual(paragraphStart + paragraph.length);
    if (citation.prefix) expect(article.slice(anchor!.start - citation.prefix.length, anchor!.start)).toBe(citation.prefix);
    if (citation.suffix) expect(article.slice(anchor!.end, anchor!.end + citation.suffix.length)).toBe(citation.suffix);
  });

  it("holds a Chinese quotation only as the article prints it", () => {
    for (const claim of corpus.claims) {
      for (const quote of claim.quotes.filter((quote) => quote.lang !== "en")) expect(article, claim.key).toContain(quote.text);
    }
  });

  it("says what dates every claim", () => {
    expect(Object.keys(CLAIM_DATES).sort()).toEqual(corpus.claims.map((claim) => claim.key).sort());
  });

  it.each(corpus.claims.map((claim) => [claim.key, claim] as const))(
    "dates %s as the evidence supports, and no more precisely",
    (key, claim) => {
      const evidence = CLAIM_DATES[key]!;
      expect(claim.claimedAt).toBe(evidence.date);
      expect(claim.claimedAtPrecision).toBe(evidence.date ? precisionOf(evidence.date) : null);
      if ("primary" in evidence) {
        expect(citationsOf(claim)).toContainEqual(expect.objectContaining({ source: evidence.primary, role: "PRIMARY" }));
        const source = corpus.sources.find((candidate) => candidate.key === evidence.primary)!;
        expect([source.issued, source.issuedPrecision]).toEqual([evidence.date, precisionOf(evidence.date)]);
      } else {
        expect(article).toContain(evidence.article);
      }
    },
  );
});
