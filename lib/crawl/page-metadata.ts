import type { Metadata } from "next";
import { absoluteUrl } from "../http/public-origin";
import { CLAIMS_FEED_PATH, speakerFeedPath, topicFeedPath } from "../routes";

// What every public page tells browsers, feed readers and link previews: its canonical
// address (from lib/http/public-origin.ts, so never from a client's X-Forwarded-Host), the
// Atom feeds that follow it, and Open Graph and Twitter card tags in the page's language.

export const SITE_NAME = "Claimtrail";

/** The language the site's pages are written in (<html lang>); claims keep their own. */
export const SITE_LANGUAGE = "en";

export const SITE_DESCRIPTION = "Who said what about AI, where, when, and how we know it.";

export interface FeedLink {
  title: string;
  path: string;
}

export const SITE_FEED: FeedLink = { title: "New and changed claims", path: CLAIMS_FEED_PATH };

export const speakerFeed = (entity: { slug: string; name: string }): FeedLink => ({
  title: `Claims by ${entity.name}`,
  path: speakerFeedPath(entity),
});

export const topicFeed = (tag: { slug: string; label: string }): FeedLink => ({
  title: `Claims on ${tag.label}`,
  path: topicFeedPath(tag),
});

// Open Graph wants language_TERRITORY; Claimtrail's English is British, its Chinese that of
// Taiwan (Traditional) or the mainland (Simplified).
const OG_LOCALES: Record<string, string> = { en: "en_GB", "zh-Hant": "zh_TW", "zh-Hans": "zh_CN", zh: "zh_CN" };

/** The Open Graph locale of a BCP 47 tag: "zh-Hant" is zh_TW, "pt-BR" pt_BR, "en" en_GB. */
export function openGraphLocale(lang: string): string {
  if (OG_LOCALES[lang]) return OG_LOCALES[lang]!;
  const [language, ...rest] = lang.split("-");
  const region = rest.find((part) => /^([A-Za-z]{2}|\d{3})$/.test(part));
  return region ? `${language!.toLowerCase()}_${region.toUpperCase()}` : language!.toLowerCase();
}

export interface PublicPageMetadata {
  origin: string;
  /** The page's canonical path, with its query if it has one ("/?tag=export-controls"). */
  path: string;
  title: string;
  /** The title as the whole document title (the home page), not "<title> · Claimtrail". */
  absoluteTitle?: boolean;
  description: string;
  type?: "website" | "article" | "profile";
  /** Languages of the words the page quotes, besides the site's own. */
  contentLanguages?: string[];
  /** Feeds besides the site-wide one, which every page links. */
  feeds?: FeedLink[];
  /** Other representations of the page (citation formats), by media type. */
  alternateTypes?: Record<string, string>;
  /** More Open Graph fields, such as an article's publishedTime. */
  openGraph?: Record<string, unknown>;
}

export function publicPageMetadata(page: PublicPageMetadata): Metadata {
  const url = absoluteUrl(page.origin, page.path);
  const locale = openGraphLocale(SITE_LANGUAGE);
  const alternateLocale = [...new Set((page.contentLanguages ?? []).map(openGraphLocale))].filter((other) => other !== locale);
  const feeds = [SITE_FEED, ...(page.feeds ?? [])].map((feed) => ({ title: feed.title, url: absoluteUrl(page.origin, feed.path) }));
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: { canonical: url, types: { ...page.alternateTypes, "application/atom+xml": feeds } },
    openGraph: {
      type: page.type ?? "website",
      url,
      title: page.title,
      description: page.description,
      siteName: SITE_NAME,
      locale,
      ...(alternateLocale.length ? { alternateLocale } : {}),
      ...page.openGraph,
    } as Metadata["openGraph"],
    twitter: { card: "summary", title: page.title, description: page.description },
  };
}
