// A Bloomberg-like column citing Jensen Huang's remark: shared by the citation tests.

import type { CitableSource, CitedClaim } from "@/lib/citations/csl";

export const bloombergColumn: CitableSource = {
  type: "ARTICLE",
  title: "How Much of Silicon Valley Is Built on Chinese AI?",
  containerTitle: "Bloomberg Opinion",
  publisherName: "Bloomberg",
  authors: [],
  issued: new Date("2025-11-09T00:00:00Z"),
  issuedPrecision: "DAY",
  url: "https://www.bloomberg.com/opinion/articles/2025-11-09/silicon-valley-chinese-ai",
  accessed: new Date("2025-11-12T00:00:00Z"),
  doi: null,
  lang: "en",
};

export const citedHuang: CitedClaim = {
  claimId: 1,
  speakerName: "Jensen Huang",
  exact: "China is going to win the AI race",
  permalink: "https://claimtrail.example/claims/1-china-is-going-to-win-the-ai-race",
};
