// People, organisations and products of the demo corpus, with their names in English,
// Traditional and Simplified Chinese. Chinese names are the forms the article uses, or their
// Simplified-script equivalents; Wikidata ids are given only where the item is certain.

import type { CorpusAffiliation, CorpusEntity, CorpusEntityName, Lang } from "./corpus-types";

const name = (lang: Lang, value: string): CorpusEntityName => ({ lang, value, kind: "NAME" });
const alias = (lang: Lang, value: string): CorpusEntityName => ({ lang, value, kind: "ALIAS" });

export const entities: CorpusEntity[] = [
  // People
  {
    slug: "jensen-huang", kind: "PERSON", name: "Jensen Huang", wikidataId: "Q305177",
    description: "Co-founder and chief executive of NVIDIA.",
    names: [name("en", "Jensen Huang"), alias("en", "Jen-Hsun Huang"), name("zh-Hant", "黃仁勳"), name("zh-Hans", "黄仁勋")],
  },
  {
    slug: "brian-chesky", kind: "PERSON", name: "Brian Chesky",
    description: "Co-founder and chief executive of Airbnb.",
    names: [name("en", "Brian Chesky"), name("zh-Hant", "布萊恩．切斯基"), alias("zh-Hant", "切斯基"), name("zh-Hans", "布莱恩·切斯基"), alias("zh-Hans", "切斯基")],
  },
  {
    slug: "chamath-palihapitiya", kind: "PERSON", name: "Chamath Palihapitiya",
    description: "Venture capitalist; co-host of the All-In podcast.",
    names: [name("en", "Chamath Palihapitiya"), name("zh-Hant", "查馬斯．帕里哈皮提亞"), name("zh-Hans", "查马斯·帕里哈皮提亚")],
  },
  {
    slug: "david-sacks", kind: "PERSON", name: "David Sacks",
    description: "White House AI and crypto czar since 2025; co-host of the All-In podcast.",
    names: [name("en", "David Sacks"), name("zh-Hant", "大衛．薩克斯"), name("zh-Hans", "大卫·萨克斯")],
  },
  {
    slug: "sam-altman", kind: "PERSON", name: "Sam Altman",
    description: "Chief executive of OpenAI.",
    names: [name("en", "Sam Altman"), name("zh-Hant", "山姆·奧特曼"), alias("zh-Hant", "奧特曼"), name("zh-Hans", "萨姆·奥尔特曼"), alias("zh-Hans", "奥特曼")],
  },
  {
    slug: "mira-murati", kind: "PERSON", name: "Mira Murati",
    description: "Founder of Thinking Machines Lab; former chief technology officer of OpenAI.",
    names: [name("en", "Mira Murati"), alias("en", "Murati"), name("zh-Hant", "米拉．穆拉蒂"), alias("zh-Hant", "穆拉蒂"), name("zh-Hans", "米拉·穆拉蒂"), alias("zh-Hans", "穆拉蒂")],
  },
  {
    slug: "jack-dorsey", kind: "PERSON", name: "Jack Dorsey",
    description: "Co-founder of Twitter.",
    names: [name("en", "Jack Dorsey"), name("zh-Hant", "傑克．多爾西"), name("zh-Hans", "杰克·多尔西")],
  },
  {
    slug: "elon-musk", kind: "PERSON", name: "Elon Musk", wikidataId: "Q317521",
    names: [name("en", "Elon Musk"), name("zh-Hant", "伊隆·馬斯克"), alias("zh-Hant", "馬斯克"), name("zh-Hans", "埃隆·马斯克"), alias("zh-Hans", "马斯克")],
  },
  {
    slug: "eric-schmidt", kind: "PERSON", name: "Eric Schmidt",
    description: "Former chief executive and executive chairman of Google.",
    names: [name("en", "Eric Schmidt"), name("zh-Hant", "埃里克．施密特"), name("zh-Hans", "埃里克·施密特")],
  },
  {
    // The article's transliteration; her own Chinese name is not recorded here.
    slug: "selina-xu", kind: "PERSON", name: "Selina Xu",
    description: "Co-author, with Eric Schmidt, of an op-ed on Silicon Valley's pursuit of AGI.",
    names: [name("en", "Selina Xu"), name("zh-Hant", "賽琳娜．許")],
  },
  {
    slug: "li-yuan", kind: "PERSON", name: "Li Yuan",
    description: "Columnist at The New York Times.",
    names: [name("en", "Li Yuan"), name("zh-Hant", "袁莉"), name("zh-Hans", "袁莉")],
  },

  // Organisations
  {
    slug: "nvidia", kind: "ORGANIZATION", name: "NVIDIA", wikidataId: "Q182477",
    description: "US maker of AI chips.",
    names: [name("en", "NVIDIA"), alias("en", "Nvidia"), name("zh-Hant", "輝達"), alias("zh-Hant", "英偉達"), name("zh-Hans", "英伟达")],
  },
  {
    slug: "airbnb", kind: "ORGANIZATION", name: "Airbnb",
    names: [name("en", "Airbnb"), name("zh-Hant", "愛彼迎"), name("zh-Hans", "爱彼迎")],
  },
  {
    slug: "alibaba", kind: "ORGANIZATION", name: "Alibaba Group",
    description: "Chinese technology group; developer of the Qwen models.",
    names: [name("en", "Alibaba Group"), alias("en", "Alibaba"), name("zh-Hant", "阿里巴巴集團"), alias("zh-Hant", "阿里巴巴"), name("zh-Hans", "阿里巴巴集团"), alias("zh-Hans", "阿里巴巴")],
  },
  {
    slug: "moonshot-ai", kind: "ORGANIZATION", name: "Moonshot AI",
    description: "Chinese AI company; developer of Kimi K2.",
    names: [name("en", "Moonshot AI"), name("zh-Hant", "月之暗面"), name("zh-Hans", "月之暗面")],
  },
  {
    slug: "all-in-podcast", kind: "ORGANIZATION", name: "All-In",
    description: "US technology and business podcast co-hosted by Chamath Palihapitiya and David Sacks, among others.",
    names: [name("en", "All-In"), alias("en", "All-In podcast")],
  },
  {
    slug: "openai", kind: "ORGANIZATION", name: "OpenAI", wikidataId: "Q21708200",
    names: [name("en", "OpenAI")],
  },
  {
    slug: "anthropic", kind: "ORGANIZATION", name: "Anthropic",
    names: [name("en", "Anthropic")],
  },
  {
    slug: "thinking-machines-lab", kind: "ORGANIZATION", name: "Thinking Machines Lab",
    description: "AI start-up founded by Mira Murati.",
    names: [name("en", "Thinking Machines Lab"), name("zh-Hant", "思維機器實驗室"), name("zh-Hans", "思维机器实验室")],
  },
  {
    slug: "cursor", kind: "ORGANIZATION", name: "Cursor",
    description: "US maker of the Cursor AI coding assistant (the company is incorporated as Anysphere).",
    names: [name("en", "Cursor"), alias("en", "Anysphere")],
  },
  {
    slug: "deepseek", kind: "ORGANIZATION", name: "DeepSeek",
    description: "Chinese AI company.",
    names: [name("en", "DeepSeek"), name("zh-Hant", "深度求索"), name("zh-Hans", "深度求索")],
  },
  {
    slug: "cognition-ai", kind: "ORGANIZATION", name: "Cognition AI",
    description: "US maker of AI coding agents.",
    names: [name("en", "Cognition AI"), alias("en", "Cognition")],
  },
  {
    // The article calls "Z.ai" a model; it is Zhipu's international brand.
    slug: "zhipu-ai", kind: "ORGANIZATION", name: "Zhipu AI",
    description: "Chinese AI company, known internationally as Z.ai; developer of the GLM models.",
    names: [name("en", "Zhipu AI"), alias("en", "Z.ai"), name("zh-Hant", "智譜"), alias("zh-Hant", "智譜AI"), name("zh-Hans", "智谱"), alias("zh-Hans", "智谱AI")],
  },
  {
    slug: "hugging-face", kind: "ORGANIZATION", name: "Hugging Face",
    description: "Platform hosting open AI models and datasets.",
    names: [name("en", "Hugging Face")],
  },
  {
    slug: "atom-project", kind: "ORGANIZATION", name: "ATOM Project",
    description: "US initiative in support of open models (American Truly Open Models); compiles Hugging Face download data.",
    names: [name("en", "ATOM Project"), alias("en", "American Truly Open Models"), name("zh-Hant", "原子計畫"), name("zh-Hans", "原子计划")],
  },
  {
    slug: "meta", kind: "ORGANIZATION", name: "Meta", wikidataId: "Q380",
    description: "US technology company; developer of the Llama models.",
    names: [name("en", "Meta"), alias("en", "Meta Platforms")],
  },
  {
    slug: "twitter", kind: "ORGANIZATION", name: "Twitter", wikidataId: "Q918",
    description: "Social network, renamed X in 2023.",
    names: [name("en", "Twitter"), alias("en", "X"), name("zh-Hant", "推特"), name("zh-Hans", "推特")],
  },
  {
    slug: "google", kind: "ORGANIZATION", name: "Google", wikidataId: "Q95",
    names: [name("en", "Google"), name("zh-Hant", "谷歌"), name("zh-Hans", "谷歌")],
  },
  {
    slug: "andreessen-horowitz", kind: "ORGANIZATION", name: "Andreessen Horowitz",
    description: "US venture capital firm.",
    names: [name("en", "Andreessen Horowitz"), alias("en", "a16z"), name("zh-Hant", "安德列森．霍洛維茨")],
  },
  {
    slug: "white-house", kind: "ORGANIZATION", name: "The White House",
    names: [name("en", "The White House"), name("zh-Hant", "白宮"), name("zh-Hans", "白宫")],
  },

  // Publishers
  {
    slug: "bloomberg", kind: "ORGANIZATION", name: "Bloomberg",
    description: "US news and opinion publisher.",
    names: [name("en", "Bloomberg"), alias("en", "Bloomberg Opinion"), name("zh-Hant", "彭博社"), alias("zh-Hant", "彭博"), name("zh-Hans", "彭博社")],
  },
  {
    slug: "new-york-times", kind: "ORGANIZATION", name: "The New York Times", wikidataId: "Q9684",
    names: [name("en", "The New York Times"), alias("en", "New York Times"), alias("en", "NYT"), name("zh-Hant", "紐約時報"), name("zh-Hans", "纽约时报")],
  },
  {
    slug: "financial-times", kind: "ORGANIZATION", name: "Financial Times",
    description: "British newspaper (the article's \"British media\", 英媒).",
    names: [name("en", "Financial Times"), alias("en", "FT"), name("zh-Hant", "金融時報"), name("zh-Hans", "金融时报")],
  },
  {
    slug: "guancha", kind: "ORGANIZATION", name: "Guancha",
    description: "Chinese news and commentary site (观察者网).",
    names: [name("en", "Guancha"), name("zh-Hant", "觀察者網"), name("zh-Hans", "观察者网")],
  },
  {
    slug: "reuters", kind: "ORGANIZATION", name: "Reuters",
    description: "News agency.",
    names: [name("en", "Reuters"), name("zh-Hant", "路透社"), name("zh-Hans", "路透社")],
  },

  // Products
  {
    slug: "qwen", kind: "PRODUCT", name: "Qwen",
    description: "Alibaba's family of open AI models (Tongyi Qianwen).",
    names: [name("en", "Qwen"), alias("en", "Tongyi Qianwen"), name("zh-Hant", "通義千問"), alias("zh-Hant", "千問"), name("zh-Hans", "通义千问"), alias("zh-Hans", "千问")],
  },
  {
    slug: "qwen3-coder", kind: "PRODUCT", name: "Qwen3-Coder",
    description: "Coding model of Alibaba's Qwen family.",
    names: [name("en", "Qwen3-Coder")],
  },
  {
    slug: "kimi-k2", kind: "PRODUCT", name: "Kimi K2",
    description: "Open AI model by Moonshot AI.",
    names: [name("en", "Kimi K2")],
  },
  {
    slug: "chatgpt", kind: "PRODUCT", name: "ChatGPT",
    description: "OpenAI's AI assistant.",
    names: [name("en", "ChatGPT")],
  },
  {
    slug: "llama", kind: "PRODUCT", name: "Llama",
    description: "Meta's family of open AI models.",
    names: [name("en", "Llama")],
  },
  {
    // The article writes 通義萬向, a misspelling of 通義萬相.
    slug: "wan2-2", kind: "PRODUCT", name: "Wan2.2",
    description: "Alibaba's open image and video generation model, of the Tongyi Wanxiang (通義萬相) family.",
    names: [name("en", "Wan2.2"), alias("zh-Hant", "通義萬相"), alias("zh-Hans", "通义万相")],
  },
];

// Roles stated without dates are current or former as the role says; a date is given only
// where it is certain to the day.
export const affiliations: CorpusAffiliation[] = [
  { person: "jensen-huang", organization: "nvidia", role: "Co-founder and CEO", startDate: "1993-04-05" },
  { person: "brian-chesky", organization: "airbnb", role: "Co-founder and CEO" },
  { person: "sam-altman", organization: "openai", role: "CEO" },
  { person: "mira-murati", organization: "thinking-machines-lab", role: "Founder" },
  { person: "mira-murati", organization: "openai", role: "Chief Technology Officer (former)" },
  { person: "david-sacks", organization: "white-house", role: "AI and Crypto Czar" },
  { person: "david-sacks", organization: "all-in-podcast", role: "Co-host" },
  { person: "chamath-palihapitiya", organization: "all-in-podcast", role: "Co-host" },
  { person: "eric-schmidt", organization: "google", role: "Executive Chairman (former)" },
  { person: "jack-dorsey", organization: "twitter", role: "Co-founder" },
  { person: "li-yuan", organization: "new-york-times", role: "Columnist" },
];
