// Claims the article relays from elsewhere than Bloomberg: the Reuters-credited paragraph 5,
// and 觀察者網's own additions (paragraphs 25-31), which draw on NVIDIA's May 2025 earnings
// call, posts by Jack Dorsey and Elon Musk, and a New York Times column of 2025-10-22.
// All SOURCED_UNVERIFIED; where only the Chinese relay is held, it is the quote's text.

import type { CorpusClaim } from "./corpus-types";
import { inArticle, translatedByClaimtrail } from "./helpers";

const unverified = { status: "SOURCED_UNVERIFIED", rank: "NORMAL" } as const;
const nytColumn = { speaker: "li-yuan", claimedAt: "2025-10-22", claimedAtPrecision: "DAY", ...unverified } as const;

export const relayedClaims: CorpusClaim[] = [
  {
    // Undated in the article ("曾表明"); credited to Reuters.
    key: "huang-half-of-ai-researchers-chinese",
    slug: "half-of-ai-researchers-are-chinese-you-cannot-stop-them",
    speaker: "jensen-huang",
    claimedAt: null,
    claimedAtPrecision: null,
    ...unverified,
    statements: {
      en: "Half of the world's AI researchers are Chinese; they cannot be held back or stopped from advancing AI.",
      "zh-Hant": "全球50%的AI研究人員是中國人，無法阻礙、也無法阻止他們推進AI發展。",
    },
    about: [],
    tags: ["china-ai-race", "ai-talent", "export-controls"],
    citations: [],
    quotes: [
      {
        text: "你無法阻礙他們，無法阻止他們推進AI發展",
        lang: "zh-Hant",
        spokenLang: "en",
        translations: [translatedByClaimtrail("en", "You cannot hold them back; you cannot stop them from advancing AI.")],
        citations: [inArticle(5, "你無法阻礙他們，無法阻止他們推進AI發展", "研究人員是中國人，「", "」。(Reuters")],
      },
    ],
  },
  {
    key: "guancha-shift-long-signalled",
    slug: "silicon-valley-turn-to-chinese-ai-long-signalled",
    speaker: "guancha",
    claimedAt: "2025-11",
    claimedAtPrecision: "MONTH",
    ...unverified,
    statements: {
      en: 'Signs of Silicon Valley "defecting" to Chinese AI appeared well before Bloomberg\'s column.',
      "zh-Hant": "矽谷「倒戈」中國AI早有苗頭。",
    },
    about: [],
    tags: ["china-ai-race", "developer-adoption", "silicon-valley"],
    quotes: [],
    citations: [inArticle(25, "矽谷「倒戈」中國AI早有苗頭。", undefined, "今年5月，黃仁勳就在")],
  },
  {
    // The article's paraphrase, not a quotation. Other reports of the call have Huang name
    // DeepSeek and Qwen together among the best open models: check against the transcript.
    key: "huang-qwen-best-open-source-model",
    slug: "qwen-is-the-best-open-source-ai-model",
    // 「今年5月」: the article gives the month, not the day of the call, which is not cited.
    speaker: "jensen-huang",
    claimedAt: "2025-05",
    claimedAtPrecision: "MONTH",
    ...unverified,
    statements: {
      en: "Alibaba's Qwen is the best of the open-source AI models.",
      "zh-Hant": "阿里巴巴的通義千問是開源AI模型之中最好的。",
    },
    about: ["qwen", "alibaba"],
    tags: ["qwen", "open-source-models"],
    quotes: [],
    citations: [
      inArticle(
        25,
        "黃仁勳就在財報電話會上點名表示，阿里巴巴的通義千問模型是開源AI模型之中最好的。",
        "早有苗頭。今年5月，",
        "推特創始人傑克．多爾",
      ),
    ],
  },
  {
    key: "dorsey-praises-qwen3-coder",
    slug: "praises-qwen3-coder",
    speaker: "jack-dorsey",
    claimedAt: "2025",
    claimedAtPrecision: "YEAR",
    ...unverified,
    statements: {
      en: "Jack Dorsey posted praise for Qwen3-Coder, the coding model of Alibaba's Qwen family.",
      "zh-Hant": "傑克．多爾西發文點讚通義千問系列的代碼模型Qwen3-Coder。",
    },
    about: ["qwen3-coder", "qwen", "alibaba"],
    tags: ["qwen", "coding-assistants"],
    quotes: [],
    citations: [
      inArticle(25, "推特創始人傑克．多爾西也發文點贊了Qwen系列的代碼模型Qwen3-Coder。", "AI模型之中最好的。", "甚至馬斯克在看到基於"),
    ],
  },
  {
    key: "musk-wan2-2-image-hard-to-tell",
    slug: "wan2-2-image-hard-to-tell-real-from-fake",
    speaker: "elon-musk",
    claimedAt: "2025",
    claimedAtPrecision: "YEAR",
    ...unverified,
    statements: {
      en: "An image generated with a model trained on Alibaba's Wan2.2 is hard to tell from a real one.",
      "zh-Hant": "基於通義萬相Wan2.2訓練生成的圖片難辨真假。",
    },
    about: ["wan2-2", "alibaba"],
    tags: ["open-source-models"],
    citations: [],
    quotes: [
      {
        text: "難辨真假",
        lang: "zh-Hant",
        spokenLang: "en",
        translations: [translatedByClaimtrail("en", "hard to tell real from fake")],
        citations: [inArticle(25, "難辨真假", "片後，都表示其效果「", "」。")],
      },
    ],
  },
  {
    key: "nyt-silicon-valley-china-envy",
    slug: "silicon-valley-gripped-by-obsession-with-and-envy-of-china",
    ...nytColumn,
    statements: {
      en: "Silicon Valley is gripped by an obsession with, and envy of, China.",
      "zh-Hant": "矽谷陷入了對中國的癡迷和羨慕。",
    },
    about: [],
    tags: ["silicon-valley", "china-ai-race"],
    citations: [],
    quotes: [
      {
        text: "矽谷陷入了對中國的癡迷和羨慕。",
        lang: "zh-Hant",
        spokenLang: "en",
        translations: [translatedByClaimtrail("en", "Silicon Valley has fallen into an obsession with and envy of China.")],
        citations: [inArticle(26, "矽谷陷入了對中國的癡迷和羨慕。", "的一篇長文曾直言：「", "」")],
      },
    ],
  },
  {
    key: "nyt-elites-admire-china-speed",
    slug: "tech-elites-admire-china-speed-and-execution",
    ...nytColumn,
    statements: {
      en: "Anxiety, envy and self-examination are sweeping Silicon Valley: faced with China's \"machine-like speed\" in infrastructure, AI applications and manufacturing, many tech leaders admire its efficiency and execution while reflecting on America's own troubles with infrastructure, regulation and manufacturing.",
      "zh-Hant":
        "焦慮、羨慕與自省交織的情緒正席捲矽谷：面對中國在基建、人工智能應用及製造業上以「機器般的速度」推進，許多矽谷精英欽佩中國的效率與執行力，並反思美國自身在基建、監管與製造業方面的困局。",
    },
    about: [],
    tags: ["silicon-valley", "china-ai-race"],
    quotes: [],
    citations: [
      inArticle(
        27,
        "一種交織著焦慮、羨慕與自省的複雜情緒，正席捲美國科技中心——矽谷。面對中國在基礎設施建設、人工智能應用及製造業等領域以「機器般的速度」快速推進，許多矽谷精英開始重新審視並欽佩中國的效率與執行力，同時反思美國自身在基建、監管與製造業方面的困局。",
        "文章寫道，",
      ),
    ],
  },
  {
    key: "nyt-china-not-obsessed-with-agi",
    slug: "chinese-ai-industry-not-obsessed-with-agi",
    ...nytColumn,
    statements: {
      en: "While US companies race to build machines smarter than humans, China's AI industry is not obsessed with artificial general intelligence; Chinese entrepreneurs focus on applying AI to services, devices and manufacturing.",
      "zh-Hant":
        "美國公司爭相研發比人類更智慧的機器，而中國的人工智能產業並不癡迷於通用人工智能，中國企業家更專注於將人工智能應用於服務、設備和製造業。",
    },
    about: [],
    tags: ["agi", "china-ai-race"],
    quotes: [],
    citations: [
      inArticle(
        28,
        "美國公司正爭相研發比人類更智慧的機器。然而，若矽谷深入研究中國，就會發現，中國的人工智能產業並不癡迷於通用人工智能，中國企業家更專注於將人工智能應用於服務、設備和製造業領域。",
        "文章認為，",
      ),
    ],
  },
  {
    key: "nyt-envy-reflects-lost-confidence",
    slug: "china-envy-reflects-americas-loss-of-confidence",
    ...nytColumn,
    statements: {
      en: "Silicon Valley's envy of China, which has prompted talk of copying its work patterns and industrial policy, says more about the United States itself: a country struggling after losing its self-confidence.",
      "zh-Hant": "矽谷對中國的羨慕引發了仿效其工作模式與產業政策的討論，更反映出美國自身的狀態：一個失去自信後的國家的掙扎。",
    },
    about: [],
    tags: ["silicon-valley"],
    quotes: [],
    citations: [
      inArticle(
        30,
        "矽谷對中國的羨慕，不僅引發了關於工作模式、產業政策的效仿討論，更反映的是美國自身的狀態，折射出這個國家在失去自信後的掙扎。",
        "作者指出，",
      ),
    ],
  },
  {
    // Co-written with Selina Xu: she is a co-speaker, and co-author of the source.
    key: "schmidt-xu-less-agi-obsession",
    slug: "silicon-valley-should-be-less-obsessed-with-agi-and-learn-from-china",
    // 「曾呼籲」 (once called for): undated in the article, and the op-ed itself is not cited.
    speaker: "eric-schmidt",
    claimedAt: null,
    claimedAtPrecision: null,
    ...unverified,
    statements: {
      en: "Silicon Valley should be less obsessed with artificial general intelligence and learn from its Chinese counterparts how to weave AI into everyday life.",
      "zh-Hant": "矽谷應減少對通用人工智能的癡迷，向中國同行學習，將人工智能融入日常生活。",
    },
    coSpeakers: ["selina-xu"],
    about: [],
    tags: ["agi", "china-ai-race", "silicon-valley"],
    quotes: [],
    citations: [inArticle(29, "矽谷應減少對通用人工智能的癡迷，向中國同行學習，將人工智能融入日常生活。", "na Xu）曾呼籲，")],
  },
  {
    // Undated: "a recent blog post" as The New York Times quoted it.
    key: "a16z-stuck-in-the-past",
    slug: "as-china-races-ahead-we-may-be-stuck-in-the-past",
    speaker: "andreessen-horowitz",
    claimedAt: null,
    claimedAtPrecision: null,
    ...unverified,
    statements: {
      en: "As China moves at full speed, moving goods, people and information at machine-like speed, America may be stuck in the past.",
      "zh-Hant": "當中國全速前進，以機器般的速度流轉貨物、人員和資訊時，美國可能正被困在過去。",
    },
    about: [],
    tags: ["china-ai-race", "silicon-valley"],
    citations: [],
    quotes: [
      {
        text: "當中國全速前進，以機器般的速度流轉貨物、人員和資訊時，我們可能正被困在過去。",
        lang: "zh-Hant",
        spokenLang: "en",
        translations: [
          translatedByClaimtrail(
            "en",
            "As China moves ahead at full speed, moving goods, people and information at machine-like speed, we may be stuck in the past.",
          ),
        ],
        citations: [
          inArticle(31, "當中國全速前進，以機器般的速度流轉貨物、人員和資訊時，我們可能正被困在過去。", "「", "」風險投資公司安德列"),
        ],
      },
    ],
  },
];
