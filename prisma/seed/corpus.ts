// Claimtrail's demo corpus: every claim, quote, figure and source of one article (zh-Hant,
// 2025-11-10), an authorised republication of a 觀察者網 piece that summarises Bloomberg's
// column of 2025-11-09, "How Much of Silicon Valley Is Built on Chinese AI?".
//
// Rules kept throughout:
// - A quote's text is the original English only where that wording is known for certain
//   (Huang to the FT, NVIDIA's post, Chesky). Otherwise the text is the article's Chinese,
//   with `spokenLang` recording the language first spoken and an English translation
//   credited to Claimtrail.
// - No URL, title, author or date is filled in from guesswork: unknown titles are
//   descriptive and bracketed, unknown URLs null, dates only as precise as known.
// - Every claim is SOURCED_UNVERIFIED: we have read the relay, not the primaries.

import { ARTICLE_2025_11_10 } from "./article-2025-11-10";
import { bloombergClaims } from "./claims-bloomberg";
import { relayedClaims } from "./claims-relayed";
import type { Corpus, CorpusClaimRelation, CorpusTag } from "./corpus-types";
import { affiliations, entities } from "./entities";
import { ARTICLE, ATOM_DATASET, BLOOMBERG, GUANCHA, NVIDIA_POST, NYT_COLUMN, sourceRelations, sources } from "./sources";

export type { Corpus } from "./corpus-types";

const tags: CorpusTag[] = [
  { slug: "china-ai-race", label: "China–US AI race" },
  { slug: "open-source-models", label: "Open-source models" },
  { slug: "export-controls", label: "Export controls" },
  { slug: "qwen", label: "Qwen" },
  { slug: "developer-adoption", label: "Developer adoption" },
  { slug: "downloads", label: "Downloads" },
  { slug: "coding-assistants", label: "AI coding assistants" },
  { slug: "ai-costs", label: "Cost of AI" },
  { slug: "ai-talent", label: "AI talent" },
  { slug: "agi", label: "Artificial general intelligence" },
  { slug: "silicon-valley", label: "Silicon Valley" },
];

const supportsBloomberg = (from: string, note?: string): CorpusClaimRelation => ({
  from,
  to: "bloomberg-silicon-valley-turning-to-chinese-ai",
  kind: "SUPPORTS",
  relatedAt: "2025-11-09",
  source: BLOOMBERG,
  ...(note ? { note } : {}),
});

const claimRelations: CorpusClaimRelation[] = [
  {
    from: "huang-nanoseconds-behind",
    to: "huang-china-will-win-ai-race",
    kind: "WALKS_BACK",
    relatedAt: "2025-11-05",
    source: NVIDIA_POST,
    note: "Posted on X the day the Financial Times reported the remark.",
  },
  {
    from: "bloomberg-too-early-to-call-ai-race",
    to: "huang-china-will-win-ai-race",
    kind: "CONTRADICTS",
    relatedAt: "2025-11-09",
    source: BLOOMBERG,
  },
  supportsBloomberg("chamath-workloads-moved-to-kimi-k2"),
  supportsBloomberg("chesky-airbnb-relies-on-qwen"),
  supportsBloomberg("tml-research-built-on-qwen3"),
  supportsBloomberg("bloomberg-cursor-rumoured-chinese-model"),
  supportsBloomberg("bloomberg-cognition-uses-zhipu-model"),
  supportsBloomberg(
    "atom-chinese-models-overtake-us-downloads",
    "「印證了這一趨勢」: the column presents the download data as confirming the trend.",
  ),
  {
    from: "zhipu-open-source-contributions",
    to: "bloomberg-cognition-uses-zhipu-model",
    kind: "SUPPORTS",
    relatedAt: "2025-11-09",
    source: BLOOMBERG,
    note: "Zhipu's post appeared to confirm that Cognition used its model.",
  },
  { from: "atom-qwen-overtakes-llama-downloads", to: "atom-chinese-models-overtake-us-downloads", kind: "SUPPORTS", source: ATOM_DATASET },
  { from: "huang-qwen-best-open-source-model", to: "guancha-shift-long-signalled", kind: "SUPPORTS", source: GUANCHA },
  { from: "dorsey-praises-qwen3-coder", to: "guancha-shift-long-signalled", kind: "SUPPORTS", source: GUANCHA },
  { from: "musk-wan2-2-image-hard-to-tell", to: "guancha-shift-long-signalled", kind: "SUPPORTS", source: GUANCHA },
  { from: "a16z-stuck-in-the-past", to: "nyt-silicon-valley-china-envy", kind: "SUPPORTS", relatedAt: "2025-10-22", source: NYT_COLUMN },
  {
    from: "schmidt-xu-less-agi-obsession",
    to: "nyt-china-not-obsessed-with-agi",
    kind: "SUPPORTS",
    relatedAt: "2025-10-22",
    source: NYT_COLUMN,
  },
];

export const corpus: Corpus = {
  revisionReason: "Demo corpus: article of 2025-11-10",
  documents: [{ source: ARTICLE, text: ARTICLE_2025_11_10, capturedAt: "2025-11-10", origin: "PASTED" }],
  entities,
  affiliations,
  tags,
  sources,
  sourceRelations,
  claims: [...bloombergClaims, ...relayedClaims],
  claimRelations,
};
