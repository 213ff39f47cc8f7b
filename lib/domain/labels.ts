// Plain-word names for the model's enums, shared by facets, badges and pages.

export const ATTRIBUTION_STATUS_LABELS: Record<string, string> = {
  UNSOURCED: "Unsourced",
  ATTRIBUTED_WITHOUT_SOURCE: "Attributed, no source",
  SOURCED_UNVERIFIED: "Sourced, not checked against the primary",
  VERIFIED_PRIMARY: "Verified against the primary source",
  DISPUTED: "Disputed",
  MISATTRIBUTED: "Misattributed",
};

export const RANK_LABELS: Record<string, string> = {
  PREFERRED: "Preferred",
  NORMAL: "Normal",
  DEPRECATED: "Deprecated",
};

export const SOURCE_TYPE_LABELS: Record<string, string> = {
  ARTICLE: "Article",
  PODCAST_EPISODE: "Podcast episode",
  INTERVIEW: "Interview",
  BLOG_POST: "Blog post",
  SOCIAL_POST: "Social post",
  EARNINGS_CALL: "Earnings call",
  DATASET: "Dataset",
  VIDEO: "Video",
  REPORT: "Report",
  PRESS_RELEASE: "Press release",
};

export const LANGUAGE_LABELS: Record<string, string> = {
  en: "English",
  "zh-Hant": "Chinese (Traditional)",
  "zh-Hans": "Chinese (Simplified)",
  zh: "Chinese",
};

export function labelFor(labels: Record<string, string>, value: string): string {
  return labels[value] ?? value;
}
