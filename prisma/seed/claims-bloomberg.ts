// Claims the article relays from Bloomberg's column of 2025-11-09 (paragraphs 1-23), through
// 觀察者網. Everything here is SOURCED_UNVERIFIED: we hold the relay, not the primaries.
// The column's author is not named in the article, so the column's own assertions are
// recorded with Bloomberg, its publisher, as the speaker.

import type { CorpusClaim } from "./corpus-types";
import { figureIn, inArticle, inPrimary, translatedByClaimtrail, translatedIn } from "./helpers";
import { ARTICLE, ATOM_DATASET, CHESKY_INTERVIEW, FT_INTERVIEW, NVIDIA_POST } from "./sources";

const unverified = { status: "SOURCED_UNVERIFIED", rank: "NORMAL" } as const;
const column = { speaker: "bloomberg", claimedAt: "2025-11-09", claimedAtPrecision: "DAY", ...unverified } as const;
const NO_COMMENT = "上述兩家美國公司都未回應記者的電郵置評請求。";

export const bloombergClaims: CorpusClaim[] = [
  {
    key: "huang-china-will-win-ai-race",
    slug: "china-is-going-to-win-the-ai-race",
    speaker: "jensen-huang",
    claimedAt: "2025-11-05",
    claimedAtPrecision: "DAY",
    ...unverified,
    rank: "PREFERRED",
    rankReason:
      "Canonical record of the remark: the English original as the Financial Times reported it, with the article's Chinese as a translation.",
    statements: { en: "China is going to win the AI race.", "zh-Hant": "中國將贏得人工智能（AI）競賽。" },
    about: [],
    tags: ["china-ai-race"],
    citations: [],
    quotes: [
      {
        text: "China is going to win the AI race.",
        lang: "en",
        spokenLang: "en",
        translations: [translatedIn(ARTICLE, "zh-Hant", "中國將贏得人工智能競賽。")],
        citations: [
          inPrimary(FT_INTERVIEW, "China is going to win the AI race"),
          inArticle(3, "中國將贏得人工智能競賽。", "勳最近向英媒直言：「", "」隨後他緊急找補，稱"),
          inArticle(1, "中國將贏得人工智能（AI）競賽", "席執行官黃仁勳一句「", "」，再次引發輿論對中"),
        ],
      },
    ],
  },
  {
    key: "huang-nanoseconds-behind",
    slug: "china-is-nanoseconds-behind-america-in-ai",
    speaker: "jensen-huang",
    claimedAt: "2025-11-05",
    claimedAtPrecision: "DAY",
    ...unverified,
    rank: "PREFERRED",
    rankReason: "Canonical record of the statement: the English original as NVIDIA posted it, with the article's Chinese as a translation.",
    statements: {
      en: "China is only nanoseconds behind America in AI; America must win by racing ahead and winning developers worldwide.",
      "zh-Hant": "中國在人工智能領域只比美國落後「納秒級」；美國必須透過加速前進、贏得全球開發者來取勝。",
    },
    about: [],
    tags: ["china-ai-race", "developer-adoption"],
    citations: [],
    quotes: [
      {
        text: "As I have long said, China is nanoseconds behind America in AI. It's vital that America wins by racing ahead and winning developers worldwide.",
        lang: "en",
        spokenLang: "en",
        // The article's rendering is indirect speech around two quoted fragments.
        translations: [
          translatedIn(ARTICLE, "zh-Hant", "中國只比美國落後「納秒級」，並強調美國必須「透過加速前進、贏得全球開發者」來保持領先"),
        ],
        citations: [
          inPrimary(
            NVIDIA_POST,
            "As I have long said, China is nanoseconds behind America in AI. It's vital that America wins by racing ahead and winning developers worldwide.",
          ),
          inArticle(
            3,
            "中國只比美國落後「納秒級」，並強調美國必須「透過加速前進、贏得全球開發者」來保持領先",
            "」隨後他緊急找補，稱",
            "。",
          ),
        ],
      },
    ],
  },
  {
    key: "bloomberg-huang-motive-and-developer-worry",
    slug: "huang-pessimism-has-a-motive-but-developer-worry-is-real",
    ...column,
    statements: {
      en: 'Huang\'s first remark was oversimplified and his pessimism has an obvious motive, since for a year he has argued that NVIDIA should be allowed to keep selling chips to China despite tightening US export controls; but his worry that the "battle for developers" may be slipping away is not unfounded.',
      "zh-Hant":
        "黃仁勳最初的說法過於簡單化，其悲觀看法亦有明顯動機：過去一年他一直主張美國應允許輝達繼續向中國出售晶片，儘管華盛頓不斷收緊出口管制；但他擔心「開發者之戰」或許正逐漸失利，並非空穴來風。",
    },
    about: ["jensen-huang", "nvidia"],
    tags: ["china-ai-race", "export-controls", "developer-adoption"],
    quotes: [],
    citations: [
      inArticle(
        4,
        "儘管黃仁勳最初的說法過於簡單化，但他對美國前景的悲觀看法動機也顯而易見。過去一年，他一直主張美國應允許他的公司繼續向中國市場出售晶片，儘管華盛頓不斷收緊出口管制。但他擔心「開發者之戰」或許已經逐漸失利，這一憂慮並非空穴來風。",
        "相關報道稱，",
      ),
    ],
  },
  {
    key: "bloomberg-silicon-valley-turning-to-chinese-ai",
    slug: "chinese-open-models-are-quietly-winning-over-silicon-valley",
    ...column,
    statements: {
      en: "China's low-cost open-source AI models are not only attracting users worldwide but are quietly winning favour inside Silicon Valley, where public endorsements keep multiplying.",
      "zh-Hant": "中國低成本的開源AI模型不僅吸引全球使用者，還在悄然獲得矽谷青睞，公開認可的案例不斷增加。",
    },
    about: [],
    tags: ["china-ai-race", "open-source-models", "developer-adoption", "silicon-valley"],
    quotes: [],
    citations: [
      inArticle(2, "中國低成本的開源AI模型不僅正在吸引全球使用者，還在悄然獲得矽谷的青睞", "，引用多個例子說明，", "。作者認為，美國政府"),
      inArticle(6, "而如今跡象顯示，這種趨勢正在悄然滲入矽谷內部", "國產品轉向中國產品。", "。"),
      inArticle(10, "公開認可中國 AI 模型的案例還在不斷增加", undefined, "。"),
      inArticle(12, "這一轉變正在以更隱秘的方式紮根", "但更有意思的，是", "。"),
    ],
  },
  {
    key: "bloomberg-ask-why-silicon-valley-defects",
    slug: "us-should-ask-why-silicon-valley-is-turning-to-chinese-ai",
    ...column,
    statements: {
      en: "If the US government wants to stay ahead in the long run, it should first ask why Silicon Valley has started turning to Chinese AI.",
      "zh-Hant": "美國政府若想在長期競爭中保持領先，應先問問矽谷為何開始倒戈中國AI。",
    },
    about: [],
    tags: ["china-ai-race", "silicon-valley"],
    quotes: [],
    citations: [
      inArticle(2, "美國政府若還想長期保持領先，不妨先想想矽谷倒戈中國AI的原因", "谷的青睞。作者認為，", "。"),
      inArticle(23, "若真想在長期競爭中保持領先，不妨首先問問：為什麼矽谷已經開始倒戈了？", "章最後提醒美國政府："),
    ],
  },
  {
    key: "chamath-workloads-moved-to-kimi-k2",
    slug: "workloads-moved-to-kimi-k2-far-cheaper-than-openai-and-anthropic",
    speaker: "chamath-palihapitiya",
    claimedAt: "2025",
    claimedAtPrecision: "YEAR",
    ...unverified,
    statements: {
      en: "A company Palihapitiya works with has moved its main computing workloads to Moonshot AI's open Kimi K2 model, which is far cheaper than OpenAI's and Anthropic's models.",
      "zh-Hant": "帕里哈皮提亞合作的一家公司已將主要運算工作遷移到月之暗面的開源模型Kimi K2，它比OpenAI和Anthropic便宜得多。",
    },
    about: ["kimi-k2", "moonshot-ai", "openai", "anthropic"],
    tags: ["open-source-models", "developer-adoption", "ai-costs"],
    citations: [],
    quotes: [
      {
        // Said in English on All-In; only the Chinese relay is held.
        text: "實際上比OpenAI和Anthropic便宜太多",
        lang: "zh-Hant",
        spokenLang: "en",
        translations: [translatedByClaimtrail("en", "actually far cheaper than OpenAI and Anthropic")],
        citations: [inArticle(7, "實際上比OpenAI和Anthropic便宜太多", "他說，這款開源模型「", "」。")],
      },
    ],
  },
  {
    key: "chesky-chatgpt-tools-not-ready",
    slug: "chatgpt-integration-tools-not-ready",
    // Only relayed: the article says 「不久之後」 (soon after a remark made 「最近」, recently), so
    // no more than the year; the interview that dates the Qwen remark is not cited here.
    speaker: "brian-chesky",
    claimedAt: "2025",
    claimedAtPrecision: "YEAR",
    ...unverified,
    statements: {
      en: "Airbnb has not connected its travel app to OpenAI's ChatGPT because the tools for doing so are not ready yet.",
      "zh-Hant": "愛彼迎沒有讓旗下旅遊應用與OpenAI的ChatGPT對接，因為相關工具還不夠成熟。",
    },
    about: ["airbnb", "chatgpt", "openai"],
    tags: ["developer-adoption"],
    citations: [],
    quotes: [
      {
        text: "還不夠成熟",
        lang: "zh-Hant",
        spokenLang: "en",
        translations: [translatedByClaimtrail("en", "not mature enough yet")],
        citations: [inArticle(8, "還不夠成熟", "接，是因為相關工具「", "」。他表示，愛彼迎的")],
      },
    ],
  },
  {
    key: "chesky-airbnb-relies-on-qwen",
    slug: "airbnb-relies-a-lot-on-qwen-fast-and-cheap",
    speaker: "brian-chesky",
    claimedAt: "2025-10",
    claimedAtPrecision: "MONTH",
    ...unverified,
    rank: "PREFERRED",
    rankReason: "Canonical record of the remark: the English original of the interview, with the article's Chinese as a translation.",
    statements: {
      en: "Airbnb's new customer-service agent uses more than a dozen AI models and relies heavily on Alibaba's Qwen, which is very good, fast and cheap.",
      "zh-Hant": "愛彼迎的新客服系統使用十多個AI模型，其中很大程度上依靠阿里巴巴的通義千問，它非常好，又快又便宜。",
    },
    about: ["airbnb", "qwen", "alibaba"],
    tags: ["qwen", "open-source-models", "developer-adoption", "ai-costs"],
    citations: [],
    quotes: [
      {
        text: "We're relying a lot on Alibaba's Qwen model. It's very good. It's also fast and cheap.",
        lang: "en",
        spokenLang: "en",
        translations: [translatedIn(ARTICLE, "zh-Hant", "其中很大程度上依靠阿里巴巴的通義千問（Qwen）系列：它非常好，又快又便宜。")],
        citations: [
          inPrimary(CHESKY_INTERVIEW, "We're relying a lot on Alibaba's Qwen model. It's very good. It's also fast and cheap."),
          inArticle(8, "其中很大程度上依靠阿里巴巴的通義千問（Qwen）系列：它非常好，又快又便宜。", "個不同的AI模型，「", "」"),
        ],
      },
    ],
  },
  {
    key: "bloomberg-chesky-close-to-altman",
    slug: "chesky-remarks-notable-given-friendship-with-altman",
    ...column,
    statements: {
      en: "Chesky's remarks are especially notable because he is a close friend of OpenAI's chief executive, Sam Altman.",
      "zh-Hant": "切斯基與OpenAI首席執行官奧特曼私交甚篤，因此他的言論尤其值得關注。",
    },
    about: ["brian-chesky", "sam-altman", "openai"],
    tags: ["developer-adoption"],
    quotes: [],
    citations: [inArticle(9, "正因切斯基與OpenAI首席執行官奧特曼私交甚篤，他的這番言論尤其值得關注。")],
  },
  {
    key: "tml-research-built-on-qwen3",
    slug: "latest-research-inspired-by-and-built-on-qwen3-team-work",
    // The article does not date the blog post, only places it among the recent endorsements.
    speaker: "thinking-machines-lab",
    claimedAt: "2025",
    claimedAtPrecision: "YEAR",
    ...unverified,
    statements: {
      en: "Thinking Machines Lab's latest research was inspired by, and built on, the work of Alibaba's Qwen3 team.",
      "zh-Hant": "思維機器實驗室的最新研究受到阿里巴巴通義千問3團隊研究成果的啟發，並在此基礎上開展。",
    },
    about: ["qwen", "alibaba"],
    tags: ["qwen", "open-source-models", "developer-adoption"],
    citations: [],
    quotes: [
      {
        text: "受到了阿里巴巴通義千問3團隊研究成果的啟發，並在這一基礎上開展",
        lang: "zh-Hant",
        spokenLang: "en",
        translations: [
          translatedByClaimtrail("en", "was inspired by the research of Alibaba's Qwen3 team and carried out on that foundation"),
        ],
        citations: [inArticle(11, "受到了阿里巴巴通義千問3團隊研究成果的啟發，並在這一基礎上開展", "中表示，其最新研究「", "」。")],
      },
    ],
  },
  {
    // The investor who saw the assistant "think" in Chinese is not named, so he cannot be the
    // speaker: this is Bloomberg's report of the speculation and of his post, about Cursor.
    key: "bloomberg-cursor-rumoured-chinese-model",
    slug: "cursor-assistant-rumoured-to-be-built-on-chinese-model",
    ...column,
    statements: {
      en: "After Cursor released a new version of its coding assistant in October 2025, many online speculated that it was built on a Chinese AI model such as DeepSeek; one investor posted that the assistant's internal monologue switched to Chinese while he used it. Cursor did not answer an emailed request for comment.",
      "zh-Hant":
        "Cursor於2025年10月推出新版程式設計助手後，網上大量猜測它基於某個中國AI模型（如DeepSeek）構建；一位投資人發帖稱，使用時該助手的內部獨白切換成了中文。Cursor未回應電郵置評請求。",
    },
    about: ["cursor", "deepseek"],
    tags: ["coding-assistants", "open-source-models"],
    quotes: [],
    citations: [
      inArticle(
        14,
        "估值約100億美元、備受關注的AI程式設計領軍企業Cursor上月推出了新版助手。此後網絡上出現大量猜測，認為它基於某個中國AI工具（如DeepSeek）構建。一位投資人甚至發帖稱，在他使用時，這個助手的內部獨白竟切換成了中文。",
      ),
      inArticle(16, NO_COMMENT, undefined, "由於中國AI模型採用"),
    ],
  },
  {
    key: "bloomberg-cognition-uses-zhipu-model",
    slug: "cognition-appears-to-use-zhipu-base-model",
    ...column,
    statements: {
      en: "Cognition AI appears to use a base model from China's Zhipu AI in its new coding agent. Cognition did not answer an emailed request for comment.",
      "zh-Hant": "Cognition AI似乎在其新程式設計代理中使用了中國智譜AI的基礎模型。Cognition未回應電郵置評請求。",
    },
    about: ["cognition-ai", "zhipu-ai"],
    tags: ["coding-assistants", "open-source-models"],
    quotes: [],
    citations: [
      inArticle(
        15,
        "另一家美國公司Cognition AI（同樣估值約100億美元）似乎在其新程式設計代理中使用了中國智譜AI（Zhipu AI）的基礎模型Z.ai",
        undefined,
        "。社交媒體用戶曝光後",
      ),
      inArticle(16, NO_COMMENT, undefined, "由於中國AI模型採用"),
    ],
  },
  {
    // The language of Zhipu's post is taken to be Chinese; the article does not say.
    key: "zhipu-open-source-contributions",
    slug: "highlights-value-of-open-source-contributions",
    speaker: "zhipu-ai",
    claimedAt: "2025",
    claimedAtPrecision: "YEAR",
    ...unverified,
    statements: {
      en: "Cognition's use of Zhipu's model highlights the positive impact and value of open-source contributions to the ecosystem.",
      "zh-Hant": "Cognition使用智譜的模型，凸顯了開源貢獻對生態系統的積極影響和價值。",
    },
    about: ["zhipu-ai", "cognition-ai"],
    tags: ["open-source-models"],
    citations: [],
    quotes: [
      {
        text: "凸顯了開源貢獻對生態系統的積極影響和價值",
        lang: "zh-Hant",
        spokenLang: "zh-Hans",
        translations: [
          translatedByClaimtrail("en", "highlights the positive impact and value of open-source contributions to the ecosystem"),
        ],
        citations: [inArticle(15, "凸顯了開源貢獻對生態系統的積極影響和價值", "證實了這一點，稱這「", "」。")],
      },
    ],
  },
  {
    key: "bloomberg-permissive-licences",
    slug: "permissive-licences-let-companies-build-on-chinese-models",
    ...column,
    statements: {
      en: "Because Chinese AI models are released under permissive open-source licences, companies are free to build products on them.",
      "zh-Hant": "由於中國AI模型採用寬鬆的開源授權，企業可以在其基礎上自由構建產品。",
    },
    about: [],
    tags: ["open-source-models"],
    quotes: [],
    citations: [inArticle(16, "由於中國AI模型採用寬鬆的開源授權合約，企業完全可以在其基礎上自由構建產品。", "記者的電郵置評請求。")],
  },

  // Figures. The speaker is the ATOM Project, which compiled them from Hugging Face. A dataset
  // has no wording, so its citations are figure citations: the values as relayed (to 0.1
  // million) and what they measure, to be replaced by the dataset's own values once checked.
  {
    key: "atom-chinese-models-overtake-us-downloads",
    slug: "chinese-models-overtook-us-models-in-cumulative-downloads",
    speaker: "atom-project",
    claimedAt: "2025",
    claimedAtPrecision: "YEAR",
    ...unverified,
    statements: {
      en: "In cumulative downloads by developers on Hugging Face, Chinese open models have overtaken US ones.",
      "zh-Hant": "在Hugging Face開發者累計下載量方面，中國開源模型已超越美國模型。",
    },
    about: ["hugging-face"],
    tags: ["downloads", "open-source-models", "china-ai-race"],
    quotes: [],
    citations: [inArticle(17, "在開發者累計下載量方面，中國模型已超越美國", "據，印證了這一趨勢：", "。")],
  },
  {
    // "上月" in a column of 2025-11-09: the figures describe October 2025.
    key: "atom-qwen-overtakes-llama-downloads",
    slug: "qwen-385-3m-downloads-overtakes-llama-346-2m",
    speaker: "atom-project",
    claimedAt: "2025-10",
    claimedAtPrecision: "MONTH",
    ...unverified,
    statements: {
      en: "By October 2025, Alibaba's Qwen had 385.3 million cumulative downloads on Hugging Face, overtaking Meta's Llama at 346.2 million.",
      "zh-Hant": "截至2025年10月，阿里巴巴通義千問在Hugging Face上的累計下載量達3.853億次，超過Meta的Llama的3.462億次。",
    },
    about: ["qwen", "alibaba", "llama", "meta", "hugging-face"],
    tags: ["downloads", "qwen", "open-source-models"],
    quotes: [],
    citations: [
      figureIn(ATOM_DATASET, "Qwen 385.3 million; Llama 346.2 million", "cumulative downloads on Hugging Face, October 2025"),
      inArticle(18, "到上月，通義千問已達到3.853億次，超過Llama的3.462億次", "的通義千問僅50萬；", "。"),
    ],
  },
  {
    key: "atom-llama-led-qwen-early-2024",
    slug: "early-2024-llama-10-6m-downloads-qwen-0-5m",
    speaker: "atom-project",
    claimedAt: "2025-10",
    claimedAtPrecision: "MONTH",
    ...unverified,
    statements: {
      en: "In early 2024, Meta's Llama had 10.6 million cumulative downloads on Hugging Face and Alibaba's Qwen 0.5 million.",
      "zh-Hant": "2024年初，Meta的Llama在Hugging Face上的累計下載量為1060萬次，阿里巴巴的通義千問僅50萬次。",
    },
    about: ["llama", "meta", "qwen", "alibaba", "hugging-face"],
    tags: ["downloads", "qwen"],
    quotes: [],
    citations: [
      figureIn(ATOM_DATASET, "Llama 10.6 million; Qwen 0.5 million", "cumulative downloads on Hugging Face, early 2024"),
      inArticle(18, "2024年初，Meta的Llama累計下載量為1060萬，而阿里巴巴的通義千問僅50萬", "緩慢，而後急速爆發：", "；到上月，通義千問已"),
    ],
  },
  {
    key: "atom-qwen-derivatives-over-40-percent",
    slug: "qwen-derivatives-over-40-percent-of-new-language-models",
    speaker: "atom-project",
    claimedAt: "2025",
    claimedAtPrecision: "YEAR",
    ...unverified,
    statements: {
      en: "Systems derived from Qwen account for more than 40% of new language models released on Hugging Face, while Meta's share has fallen to 15%.",
      "zh-Hant": "基於通義千問衍生的系統佔Hugging Face上新發佈語言模型的40%以上，而Meta的佔比已降至15%。",
    },
    about: ["qwen", "alibaba", "meta", "llama", "hugging-face"],
    tags: ["downloads", "qwen", "open-source-models"],
    quotes: [],
    citations: [
      figureIn(ATOM_DATASET, "Qwen derivatives: more than 40%; Meta: 15%", "share of new language models released on Hugging Face"),
      inArticle(19, "基於通義千問衍生的系統現已佔Hugging Face上新發佈語言模型的40%以上，而Meta的佔比已降至15%", "此外，", "。"),
    ],
  },

  {
    key: "bloomberg-developers-weigh-price-over-risk",
    slug: "developers-weigh-price-and-performance-over-geopolitical-risk",
    ...column,
    statements: {
      en: "Whatever the geopolitical worries about users flocking to Chinese AI tools, developers racing to ship products, especially in coding, care more about price and performance; open models can also be downloaded, fine-tuned and run locally, easing content and data-privacy concerns.",
      "zh-Hant":
        "儘管外界對用戶湧向中國AI工具有地緣政治擔憂，但急於推出產品的開發者（尤其在編碼領域）更看重價格與性能；開源模型還可下載、微調並在本地運行，緩解內容與數據隱私方面的擔憂。",
    },
    about: [],
    tags: ["developer-adoption", "open-source-models", "ai-costs", "coding-assistants"],
    quotes: [],
    citations: [
      inArticle(
        20,
        "但對於那些急於推出產品的開發者而言，尤其是在編碼和軟件發展領域，相比於價格與性能優勢，那些所謂的風險也不再重要。何況開源模型還可以被下載、微調並在本地運行，從而緩解內容和數據隱私方面的擔憂。",
        "曾表達地緣政治擔憂，",
      ),
    ],
  },
  {
    key: "bloomberg-too-early-to-call-ai-race",
    slug: "too-early-for-huang-to-call-the-ai-race",
    ...column,
    statements: {
      en: "It is too early for Huang to call the AI race: the US still has a clear lead in cutting-edge chips and access to computing power, which are key to developing advanced systems.",
      "zh-Hant": "黃仁勳現在就宣布AI競賽勝負還為時尚早：美國在尖端晶片和算力獲取上依舊擁有明顯優勢，而這些是開發先進系統的關鍵要素。",
    },
    about: ["jensen-huang"],
    tags: ["china-ai-race", "export-controls"],
    quotes: [],
    citations: [
      inArticle(
        21,
        "黃仁勳現在就宣布AI勝負還為時尚早。美國在尖端晶片和算力獲取上依舊擁有明顯優勢，這些是開發先進系統的關鍵要素。",
        "作者認為，",
      ),
    ],
  },
  {
    key: "bloomberg-china-draws-developers",
    slug: "low-cost-open-models-draw-developers-to-china",
    ...column,
    statements: {
      en: "Driven by low cost and openness, China is drawing more and more developers, who are the core of AI innovation.",
      "zh-Hant": "在低成本與開源的推動下，中國正吸引越來越多的開發者，而開發者正是AI創新的核心力量。",
    },
    about: [],
    tags: ["developer-adoption", "open-source-models", "china-ai-race"],
    quotes: [],
    citations: [inArticle(22, "但中國在低成本、開源化的推動下，確實吸引了越來越多的開發者，而他們正是AI創新的核心力量。")],
  },
];
