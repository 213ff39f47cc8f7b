// Sources of the demo corpus and how they relay one another. A title in [square brackets] is
// descriptive: the work's own title is not known to us. URLs are given only where the exact
// address is known; authors only where certain. Dates carry the precision we are sure of.

import type { CorpusSource, CorpusSourceRelation } from "./corpus-types";

export const ARTICLE = "article-2025-11-10";
export const GUANCHA = "guancha-2025-11";
export const BLOOMBERG = "bloomberg-2025-11-09";
const ALL_IN_EPISODE = "all-in-kimi-k2-episode";
export const FT_INTERVIEW = "ft-huang-2025-11-05";
export const NVIDIA_POST = "nvidia-x-2025-11-05";
export const CHESKY_INTERVIEW = "bloomberg-chesky-interview-2025-10";
const TML_BLOG = "tml-on-policy-distillation";
const ZHIPU_POST = "zhipu-cognition-post";
export const ATOM_DATASET = "atom-hugging-face-downloads";
const EARNINGS_CALL = "nvidia-earnings-call-2025-05-28";
const DORSEY_POST = "dorsey-qwen3-coder-post";
const MUSK_POST = "musk-wan2-2-post";
export const NYT_COLUMN = "nyt-2025-10-22";
const SCHMIDT_XU_OPED = "nyt-schmidt-xu-2025-08";
const A16Z_POST = "a16z-blog-post";
const REUTERS_ITEM = "reuters-huang-ai-researchers";

export const sources: CorpusSource[] = [
  {
    // The outlet that republished the piece is not named in the text we hold.
    key: ARTICLE,
    type: "ARTICLE",
    title: "[Authorised republication of a 觀察者網 article on Silicon Valley and Chinese AI]",
    containerTitle: null,
    publisher: null,
    authors: [],
    issued: "2025-11-10",
    issuedPrecision: "DAY",
    url: null,
    lang: "zh-Hant",
  },
  {
    // Published after Bloomberg's column (2025-11-09) and by the republication (2025-11-10).
    key: GUANCHA,
    type: "ARTICLE",
    title: "[觀察者網 article on Bloomberg's column of 2025-11-09 about Chinese AI in Silicon Valley]",
    containerTitle: "观察者网",
    publisher: "guancha",
    authors: [],
    issued: "2025-11",
    issuedPrecision: "MONTH",
    url: null,
    lang: "zh-Hans",
  },
  {
    // The article gives the Chinese title 「矽谷有多少技術建立在中國AI基礎之上？」; it does not name the author.
    key: BLOOMBERG,
    type: "ARTICLE",
    title: "How Much of Silicon Valley Is Built on Chinese AI?",
    containerTitle: "Bloomberg Opinion",
    publisher: "bloomberg",
    authors: [],
    issued: "2025-11-09",
    issuedPrecision: "DAY",
    url: null,
    lang: "en",
  },
  {
    key: ALL_IN_EPISODE,
    type: "PODCAST_EPISODE",
    title: "[All-In episode in which Chamath Palihapitiya described moving workloads to Kimi K2]",
    containerTitle: "All-In",
    publisher: "all-in-podcast",
    authors: [],
    issued: "2025",
    issuedPrecision: "YEAR",
    url: null,
    lang: "en",
  },
  {
    key: FT_INTERVIEW,
    type: "INTERVIEW",
    title: "[Financial Times report of Jensen Huang's remarks at its Future of AI Summit]",
    containerTitle: "Financial Times",
    publisher: "financial-times",
    authors: [],
    issued: "2025-11-05",
    issuedPrecision: "DAY",
    url: null,
    lang: "en",
  },
  {
    key: NVIDIA_POST,
    type: "SOCIAL_POST",
    title: "[Statement by Jensen Huang posted by NVIDIA on X]",
    containerTitle: "X",
    publisher: "nvidia",
    authors: [],
    issued: "2025-11-05",
    issuedPrecision: "DAY",
    url: null,
    lang: "en",
  },
  {
    // In CSL an interview's author is the person interviewed.
    key: CHESKY_INTERVIEW,
    type: "INTERVIEW",
    title: "[Bloomberg interview with Brian Chesky]",
    containerTitle: "Bloomberg",
    publisher: "bloomberg",
    authors: [{ family: "Chesky", given: "Brian" }],
    issued: "2025-10",
    issuedPrecision: "MONTH",
    url: null,
    lang: "en",
  },
  {
    // Identified from the article's description: Thinking Machines' post of October 2025 that
    // credits the Qwen3 team. The article itself does not name the post.
    key: TML_BLOG,
    type: "BLOG_POST",
    title: "On-Policy Distillation",
    containerTitle: "Thinking Machines Lab",
    publisher: "thinking-machines-lab",
    authors: [],
    issued: "2025-10",
    issuedPrecision: "MONTH",
    url: "https://thinkingmachines.ai/blog/on-policy-distillation",
    lang: "en",
  },
  {
    // The platform and the language of the post are not given by the article.
    key: ZHIPU_POST,
    type: "SOCIAL_POST",
    title: "[Zhipu AI post on Cognition's use of its model]",
    containerTitle: null,
    publisher: "zhipu-ai",
    authors: [],
    issued: "2025",
    issuedPrecision: "YEAR",
    url: null,
    lang: "zh-Hans",
  },
  {
    // The figures describe October 2025; when the compilation was published is not known.
    key: ATOM_DATASET,
    type: "DATASET",
    title: "[Hugging Face model download data compiled by the ATOM Project]",
    containerTitle: "Hugging Face",
    publisher: "atom-project",
    authors: [],
    issued: null,
    issuedPrecision: null,
    url: null,
    lang: "en",
  },
  {
    key: EARNINGS_CALL,
    type: "EARNINGS_CALL",
    title: "[NVIDIA earnings call for the first quarter of fiscal 2026]",
    containerTitle: null,
    publisher: "nvidia",
    authors: [],
    issued: "2025-05-28",
    issuedPrecision: "DAY",
    url: null,
    lang: "en",
  },
  {
    // Qwen3-Coder was released in 2025, so the post is of 2025; the platform is not given.
    key: DORSEY_POST,
    type: "SOCIAL_POST",
    title: "[Jack Dorsey's post praising Qwen3-Coder]",
    containerTitle: null,
    publisher: null,
    authors: [{ family: "Dorsey", given: "Jack" }],
    issued: "2025",
    issuedPrecision: "YEAR",
    url: null,
    lang: "en",
  },
  {
    // Wan2.2 was released in 2025, so the post is of 2025.
    key: MUSK_POST,
    type: "SOCIAL_POST",
    title: "[Elon Musk's post on an image generated with a Wan2.2-based model]",
    containerTitle: null,
    publisher: null,
    authors: [{ family: "Musk", given: "Elon" }],
    issued: "2025",
    issuedPrecision: "YEAR",
    url: null,
    lang: "en",
  },
  {
    key: NYT_COLUMN,
    type: "ARTICLE",
    title: "[Li Yuan's column on Silicon Valley's envy of China]",
    containerTitle: "The New York Times",
    publisher: "new-york-times",
    authors: [{ family: "Yuan", given: "Li" }],
    issued: "2025-10-22",
    issuedPrecision: "DAY",
    url: null,
    lang: "en",
  },
  {
    key: SCHMIDT_XU_OPED,
    type: "ARTICLE",
    title: "[Op-ed by Eric Schmidt and Selina Xu on Silicon Valley's pursuit of AGI]",
    containerTitle: "The New York Times",
    publisher: "new-york-times",
    authors: [
      { family: "Schmidt", given: "Eric" },
      { family: "Xu", given: "Selina" },
    ],
    issued: "2025-08",
    issuedPrecision: "MONTH",
    url: null,
    lang: "en",
  },
  {
    key: A16Z_POST,
    type: "BLOG_POST",
    title: "[Andreessen Horowitz blog post quoted by The New York Times]",
    containerTitle: null,
    publisher: "andreessen-horowitz",
    authors: [],
    issued: null,
    issuedPrecision: null,
    url: null,
    lang: "en",
  },
  {
    key: REUTERS_ITEM,
    type: "ARTICLE",
    title: "[Reuters item credited by the article for Jensen Huang's remark on Chinese AI researchers]",
    containerTitle: null,
    publisher: "reuters",
    authors: [],
    issued: null,
    issuedPrecision: null,
    url: null,
    lang: "en",
  },
];

export const sourceRelations: CorpusSourceRelation[] = [
  {
    from: ARTICLE,
    to: GUANCHA,
    kind: "REPUBLISHES",
    note: "「本文獲《觀察者網》授權刊載」: authorised republication, in Traditional Chinese script. It also carries paragraph 5 and photo captions credited to Reuters.",
  },
  { from: ARTICLE, to: REUTERS_ITEM, kind: "QUOTES", note: 'Paragraph 5 ends with "(Reuters)"; the Reuters item is not identified.' },
  {
    from: GUANCHA,
    to: BLOOMBERG,
    kind: "DERIVED_FROM",
    note: "Summarises Bloomberg's column of 2025-11-09 (paragraphs 2-23 of the article).",
  },
  { from: GUANCHA, to: BLOOMBERG, kind: "TRANSLATES", note: "Renders the column's title and quotations in Chinese." },
  { from: GUANCHA, to: EARNINGS_CALL, kind: "QUOTES" },
  { from: GUANCHA, to: DORSEY_POST, kind: "QUOTES" },
  { from: GUANCHA, to: MUSK_POST, kind: "QUOTES" },
  { from: GUANCHA, to: NYT_COLUMN, kind: "QUOTES", note: "Paragraphs 26-31 of the article summarise the column." },
  { from: BLOOMBERG, to: FT_INTERVIEW, kind: "QUOTES" },
  { from: BLOOMBERG, to: NVIDIA_POST, kind: "QUOTES" },
  { from: BLOOMBERG, to: ALL_IN_EPISODE, kind: "QUOTES" },
  { from: BLOOMBERG, to: CHESKY_INTERVIEW, kind: "QUOTES" },
  { from: BLOOMBERG, to: TML_BLOG, kind: "QUOTES" },
  { from: BLOOMBERG, to: ZHIPU_POST, kind: "QUOTES" },
  {
    from: BLOOMBERG,
    to: ATOM_DATASET,
    kind: "QUOTES",
    note: "The article's wording (「原子計畫」旗下Hugging Face平台整理的數據) garbles the attribution: the ATOM Project compiled the data from Hugging Face.",
  },
  { from: NYT_COLUMN, to: SCHMIDT_XU_OPED, kind: "QUOTES" },
  { from: NYT_COLUMN, to: A16Z_POST, kind: "QUOTES" },
];
