// Word lists the synthetic corpus is built from: the vocabulary people use when they talk
// about the AI industry, in English and in Traditional Chinese, and names to give speakers.

/** Content words, roughly from commonest to rarest (the corpus shuffles within bands). */
export const AI_WORDS: readonly string[] = `
ai model models intelligence compute data training scale scaling agi safety chips gpu gpus
inference open source research future years people language large systems system power
energy revenue billion trillion cost costs capabilities capability reasoning agents agent
benchmark benchmarks alignment regulation government policy china america american chinese
market markets investment investors startup startups company companies product products
customers enterprise developers software hardware cloud datacenter datacenters cluster
clusters parameters tokens token context window transformer transformers architecture
neural network networks learning deep machine reinforcement feedback human humans labor
jobs work workers productivity economy economic growth progress breakthrough breakthroughs
superintelligence superhuman general frontier lab labs release releases launch launched
weights open-weight closed proprietary license licensing copyright lawsuit lawsuits
content creators artists music video images image vision multimodal speech voice audio
translation search advertising ads assistant assistants chatbot chatbots copilot coding
code programmers programming engineers engineering mathematics math science scientific
discovery biology drug drugs medicine healthcare doctors education students teachers
school schools university universities talent hiring salaries compensation equity
valuation valuations funding round rounds fundraising capital venture profit profits
margins pricing price prices subscription subscriptions users usage adoption demand
supply shortage shortages export exports controls sanctions semiconductor semiconductors
foundry fabs lithography memory bandwidth interconnect networking latency throughput
efficiency efficient optimization quantization distillation finetuning fine-tuning
pretraining posttraining dataset datasets synthetic curation quality evaluation evals
hallucination hallucinations accuracy reliability robustness interpretability
transparency accountability governance oversight risk risks catastrophic existential
misuse bioweapons cyber cybersecurity security privacy surveillance military defense
national strategy competition competitors race leadership dominance sovereignty
infrastructure electricity grid nuclear renewable solar cooling water emissions climate
carbon sustainability robotics robots humanoid autonomous driving vehicles cars tesla
nvidia openai anthropic google deepmind microsoft meta amazon apple baidu alibaba tencent
bytedance huawei deepseek mistral xai samsung tsmc intel amd qualcomm broadcom arm
oracle salesforce ibm palantir perplexity cohere stability midjourney runway
moore's law exponential curve curves trend trends forecast forecasts prediction predictions
timeline timelines decade decades century generation generations revolution revolutionary
transformation transformative disruption disruptive innovation innovative invention
platform platforms ecosystem ecosystems api apis integration deployment deployments
production prototype demo demos hype bubble skeptics skepticism optimism optimistic
pessimistic doom doomers accelerationism accelerate acceleration slowdown pause moratorium
treaty international cooperation standards certification audit audits testing red-teaming
jailbreak jailbreaks guardrails filters moderation misinformation disinformation deepfakes
elections democracy society social impact inequality wealth distribution universal income
abundance scarcity consciousness sentience understanding knowledge memory planning tools
tool-use browsing retrieval embeddings vector databases database search-engine recommendation
personalization personal computing devices smartphones phones laptops edge on-device
mobile wearables glasses headset metaverse spatial simulation simulations world-model
physics physical embodiment embodied manipulation navigation sensors lidar cameras
self-driving robotaxi robotaxis trucks logistics manufacturing factories automation automated
agriculture finance banking trading insurance legal lawyers law courts judges patents
intellectual property licensing-deals partnerships partnership acquisition acquisitions
merger antitrust monopoly regulators commission congress senate parliament europe european
brussels washington beijing taiwan japan korea india britain france germany canada israel
saudi emirates singapore silicon valley shenzhen hangzhou bay-area ecosystem-wide
opensource community communities contributors github huggingface pytorch tensorflow jax
cuda kernels compilers chip chipmaker chipmakers accelerator accelerators tpu tpus asic
asics hbm packaging wafer wafers yield yields nodes nanometer nanometers transistor transistors
supercomputer supercomputers exaflops flops petaflops teraflops megawatts gigawatts gigawatt
megawatt capex spending budget budgets dollars expensive cheaper cheap affordable free
commoditization commodity moat moats differentiation defensibility flywheel network-effects
distribution channels consumers consumer b2b saas workflow workflows office documents email
spreadsheet spreadsheets slides meetings calendar customer-service support call-centers
marketing sales designers design creative creativity writing writers journalism newsrooms
publishers books novels films hollywood games gaming players entertainment streaming
translation-quality accuracy-gains step-change paradigm paradigms shift
`
  .split(/\s+/)
  .filter(Boolean);

/** Words that glue English sentences together (no stop list: they are indexed too). */
export const FUNCTION_WORDS: readonly string[] = `
the the the a a an of of of to to to in in and and and or but is is are was be will will
we we i i you they it it this that that these those with with for for on at by from as not
no more most very just really think going can could would should have has had do does get
make than so if when what about into over every all our their my there here next now also
still even only much many some any one two three first new better best big bigger huge
`
  .split(/\s+/)
  .filter(Boolean);

/** Traditional Chinese phrases: the content of Chinese quotes. */
export const CHINESE_PHRASES: readonly string[] = `
人工智慧 大型語言模型 通用人工智慧 算力 晶片 半導體 開源 閉源 推理 訓練 資料 數據中心 雲端 模型
參數 深度學習 機器學習 神經網路 自動駕駛 機器人 生成式 對齊 安全 監管 政策 投資 估值 營收 商業化
應用 產品 用戶 開發者 生態系 平台 搜尋 廣告 輝達 台積電 微軟 谷歌 百度 阿里巴巴 騰訊 字節跳動
華為 通義千問 文心一言 深度求索 多模態 影像 語音 翻譯 程式碼 程式設計師 工作 就業 生產力 經濟
成長 競爭 美國 中國 台灣 出口管制 供應鏈 能源 電力 成本 價格 效率 規模 擴展定律 突破 未來 十年
明年 今年 風險 機會 挑戰 革命 改變 世界 社會 人類 超級智慧 智能體 工具 基礎設施 硬體 軟體 演算法
基準測試 評估 幻覺 準確度 可靠性 隱私 版權 倫理 教育 醫療 金融 製造 科學 研究 論文 實驗室 團隊
人才 創業 公司 市場 客戶 企業 消費者 手機 電腦 網路 資料庫 晶圓 先進製程 封裝 記憶體 高頻寬記憶體
伺服器 加速器 圖形處理器 超級電腦 電網 核能 再生能源 碳排放 氣候 機器翻譯 語音辨識 電腦視覺
推薦系統 搜尋引擎 聊天機器人 助理 程式助手 自動化 工廠 物流 農業 銀行 保險 法律 專利 智慧財產權
併購 反壟斷 監管機構 歐盟 立法 國會 國家安全 軍事 國防 網路安全 深偽 假訊息 選舉 民主 不平等
財富 基本收入 意識 理解 知識 記憶 規劃 檢索 向量資料庫 嵌入 微調 預訓練 蒸餾 量化 合成資料
資料品質 強化學習 人類回饋 可解釋性 透明度 問責 治理 監督 災難性風險 濫用 人形機器人 無人車
泡沫 炒作 樂觀 悲觀 加速 放緩 暫停 國際合作 標準 認證 審計 紅隊測試 越獄 護欄 內容審核
`
  .split(/\s+/)
  .filter(Boolean);

/** Words that join Chinese phrases into sentences. */
export const CHINESE_CONNECTORS: readonly string[] = `
的 的 的 是 是 在 會 將 已經 正在 可能 必須 非常 真正 所有 這個 那些 而且 但是 因為 所以 如果 就 也
還 更 最 不 沒有 需要 能夠 開始 繼續 我們 他們 我 大家 認為 相信 預測 希望 擔心 知道 看到 覺得 其實
未來幾年 接下來 現在 過去 每一個 整個 一些 很多 更多 重要 關鍵 巨大 快速 真的 一定
`
  .split(/\s+/)
  .filter(Boolean);

/** Western given names and family names with the transliterations Chinese media use. */
export const WESTERN_GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ["Sam", "山姆"],
  ["Daniel", "丹尼爾"],
  ["Demis", "德米斯"],
  ["Dario", "達里奧"],
  ["Mustafa", "穆斯塔法"],
  ["Jensen", "詹森"],
  ["Lisa", "麗莎"],
  ["Mark", "馬克"],
  ["Elon", "伊隆"],
  ["Sundar", "桑德爾"],
  ["Satya", "薩蒂亞"],
  ["Andrew", "安德魯"],
  ["Geoffrey", "傑佛瑞"],
  ["Yann", "楊"],
  ["Ilya", "伊利亞"],
  ["Greg", "葛瑞格"],
  ["Mira", "米拉"],
  ["Arthur", "亞瑟"],
  ["Aidan", "艾登"],
  ["Emad", "埃馬德"],
  ["Alexandr", "亞歷山大"],
  ["Clement", "克萊蒙"],
  ["Kevin", "凱文"],
  ["Reid", "里德"],
  ["Marc", "馬克"],
  ["Peter", "彼得"],
  ["Jack", "傑克"],
  ["Brad", "布拉德"],
  ["Eric", "艾瑞克"],
  ["Bill", "比爾"],
  ["Jeff", "傑夫"],
  ["Andy", "安迪"],
  ["Tim", "提姆"],
  ["Sarah", "莎拉"],
  ["Emily", "艾蜜莉"],
  ["Rachel", "瑞秋"],
  ["Laura", "蘿拉"],
  ["Anna", "安娜"],
  ["Maria", "瑪麗亞"],
  ["Julia", "茱莉亞"],
  ["Thomas", "湯瑪斯"],
  ["James", "詹姆斯"],
  ["Robert", "羅伯特"],
  ["Michael", "麥可"],
  ["David", "大衛"],
  ["Richard", "理查"],
  ["Joseph", "約瑟夫"],
  ["Charles", "查爾斯"],
  ["Olivia", "奧莉薇亞"],
  ["Sophie", "蘇菲"],
  ["Nathan", "納森"],
  ["Noam", "諾姆"],
  ["Oriol", "奧里奧爾"],
  ["Pieter", "彼得"],
  ["Stuart", "史都華"],
  ["Yoshua", "約書亞"],
  ["Fiona", "費歐娜"],
  ["Helen", "海倫"],
  ["Chris", "克里斯"],
  ["Ethan", "伊森"],
];

export const WESTERN_FAMILY_NAMES: readonly (readonly [string, string])[] = [
  ["Altman", "奧特曼"],
  ["Hassabis", "哈薩比斯"],
  ["Amodei", "阿莫迪"],
  ["Suleyman", "蘇萊曼"],
  ["Carter", "卡特"],
  ["Miller", "米勒"],
  ["Walker", "沃克"],
  ["Nadella", "納德拉"],
  ["Pichai", "皮查伊"],
  ["Hinton", "辛頓"],
  ["LeCun", "楊立昆"],
  ["Bengio", "班吉歐"],
  ["Sutskever", "蘇茨克維"],
  ["Brockman", "布羅克曼"],
  ["Murati", "穆拉蒂"],
  ["Mensch", "門施"],
  ["Gomez", "戈麥斯"],
  ["Mostaque", "莫斯塔克"],
  ["Wang", "王"],
  ["Delangue", "德朗格"],
  ["Scott", "史考特"],
  ["Hoffman", "霍夫曼"],
  ["Andreessen", "安德森"],
  ["Thiel", "提爾"],
  ["Clark", "克拉克"],
  ["Smith", "史密斯"],
  ["Schmidt", "施密特"],
  ["Gates", "蓋茲"],
  ["Bezos", "貝佐斯"],
  ["Jassy", "賈西"],
  ["Cook", "庫克"],
  ["Johnson", "強森"],
  ["Williams", "威廉斯"],
  ["Brown", "布朗"],
  ["Jones", "瓊斯"],
  ["Davis", "戴維斯"],
  ["Wilson", "威爾森"],
  ["Moore", "摩爾"],
  ["Taylor", "泰勒"],
  ["Anderson", "安德森"],
  ["Martin", "馬丁"],
  ["Thompson", "湯普森"],
  ["White", "懷特"],
  ["Harris", "哈里斯"],
  ["Lewis", "路易斯"],
  ["Robinson", "羅賓森"],
  ["Young", "楊"],
  ["Allen", "艾倫"],
  ["King", "金"],
  ["Wright", "萊特"],
  ["Hill", "希爾"],
  ["Green", "格林"],
  ["Baker", "貝克"],
  ["Nelson", "尼爾森"],
  ["Russell", "羅素"],
  ["Karpathy", "卡帕西"],
  ["Shazeer", "沙澤爾"],
  ["Vinyals", "維尼亞爾斯"],
  ["Abbeel", "阿貝爾"],
  ["Su", "蘇"],
];

/** Chinese family and given names: romanised form and Traditional characters. */
export const CHINESE_FAMILY_NAMES: readonly (readonly [string, string])[] = [
  ["Li", "李"],
  ["Wang", "王"],
  ["Zhang", "張"],
  ["Liu", "劉"],
  ["Chen", "陳"],
  ["Yang", "楊"],
  ["Huang", "黃"],
  ["Zhao", "趙"],
  ["Wu", "吳"],
  ["Zhou", "周"],
  ["Xu", "徐"],
  ["Sun", "孫"],
  ["Ma", "馬"],
  ["Zhu", "朱"],
  ["Hu", "胡"],
  ["Guo", "郭"],
  ["He", "何"],
  ["Lin", "林"],
  ["Luo", "羅"],
  ["Gao", "高"],
  ["Liang", "梁"],
  ["Zheng", "鄭"],
  ["Xie", "謝"],
  ["Song", "宋"],
  ["Tang", "唐"],
  ["Han", "韓"],
  ["Feng", "馮"],
  ["Deng", "鄧"],
  ["Cao", "曹"],
  ["Peng", "彭"],
  ["Zeng", "曾"],
  ["Xiao", "蕭"],
  ["Tian", "田"],
  ["Dong", "董"],
  ["Pan", "潘"],
  ["Yuan", "袁"],
  ["Cai", "蔡"],
  ["Jiang", "蔣"],
  ["Yu", "余"],
  ["Du", "杜"],
];

export const CHINESE_GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ["Wei", "偉"],
  ["Fang", "芳"],
  ["Na", "娜"],
  ["Min", "敏"],
  ["Jing", "靜"],
  ["Li", "麗"],
  ["Qiang", "強"],
  ["Lei", "磊"],
  ["Jun", "軍"],
  ["Yang", "洋"],
  ["Yong", "勇"],
  ["Yan", "艷"],
  ["Jie", "傑"],
  ["Tao", "濤"],
  ["Ming", "明"],
  ["Chao", "超"],
  ["Xiuying", "秀英"],
  ["Hua", "華"],
  ["Ping", "平"],
  ["Gang", "剛"],
  ["Yanhong", "彥宏"],
  ["Kaifu", "開復"],
  ["Zhiyuan", "志遠"],
  ["Haifeng", "海峰"],
  ["Yiming", "一鳴"],
  ["Wenfeng", "文鋒"],
  ["Zhilin", "植麟"],
  ["Feifei", "飛飛"],
  ["Xiaodong", "曉東"],
  ["Jianguo", "建國"],
  ["Rui", "睿"],
  ["Hao", "浩"],
  ["Yu", "宇"],
  ["Xin", "欣"],
  ["Ting", "婷"],
  ["Bo", "博"],
  ["Kai", "凱"],
  ["Zhiwei", "志偉"],
  ["Xiaoming", "曉明"],
  ["Jiaqi", "佳琪"],
  ["Zixuan", "子軒"],
  ["Yutong", "雨桐"],
  ["Haoran", "浩然"],
  ["Shiyu", "詩雨"],
  ["Junjie", "俊傑"],
  ["Tianyi", "天一"],
  ["Renxun", "仁勳"],
];

/** Syllables for the long tail: product, model and company names nobody has heard of yet. */
export const NAME_SYLLABLES: readonly string[] = `
va ko re lon trix nex zor mi ta quen dal fi ra sol ver ion tek lu mar cor dyn syn gen ax on
ar bel cyr del el fen gal hel ith jor kal lin mor nov or pel quin ros sar tor ul vel wyn xan
yor zel ami bri cal dra eno flo gri hal ira jun kor lum mea nia oza pra qua rin sha tiv umb
`
  .split(/\s+/)
  .filter(Boolean);

export const ORG_SUFFIXES: readonly string[] = [
  "AI",
  "Labs",
  "Systems",
  "Robotics",
  "Research",
  "Technologies",
  "Intelligence",
  "Compute",
  "Dynamics",
  "Semiconductor",
  "Cloud",
  "Ventures",
];

export const MEDIA_WORDS: readonly string[] = [
  "Review",
  "Weekly",
  "Daily",
  "Times",
  "Post",
  "Journal",
  "Report",
  "Insider",
  "Wire",
  "Podcast",
  "Show",
  "Digest",
  "Letter",
  "Dispatch",
  "Tribune",
  "Herald",
  "Brief",
  "Signal",
];

export const CHINESE_MEDIA_WORDS: readonly string[] = ["科技報", "日報", "週刊", "新聞", "財經", "評論", "觀察", "電視台", "播客", "時報"];

/** Tags readers filter by; the corpus adds generated ones after these. */
export const TOPIC_TAGS: readonly string[] = [
  "AGI",
  "Scaling",
  "Safety",
  "Compute",
  "Chips",
  "Open source",
  "Regulation",
  "Jobs",
  "Energy",
  "China",
  "Export controls",
  "Robotics",
  "Self-driving",
  "Healthcare",
  "Education",
  "Copyright",
  "Funding",
  "Valuation",
  "Revenue",
  "Benchmarks",
  "Agents",
  "Coding",
  "Search",
  "Advertising",
  "Data centers",
  "Talent",
  "Military",
  "Elections",
  "Misinformation",
  "Privacy",
  "Alignment",
  "Interpretability",
  "Existential risk",
  "Hype",
  "Bubble",
  "Timelines",
  "Inference costs",
  "Training costs",
  "Open weights",
  "Multimodal",
  "Reasoning",
  "Hallucinations",
  "Antitrust",
  "Taiwan",
  "Semiconductors",
  "Supply chain",
  "Nuclear",
  "Climate",
  "Productivity",
  "Universal basic income",
  "Consciousness",
  "Humanoids",
  "Smartphones",
  "Cloud",
  "Enterprise",
  "Consumer",
  "Pricing",
  "Partnerships",
  "Acquisitions",
  "Europe",
];
