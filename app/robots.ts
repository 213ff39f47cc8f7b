import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { absoluteUrl, publicOrigin } from "@/lib/http/public-origin";

// Editors' pages and accounts need a session; the API is for scripts, its search is the page's.
const DISALLOWED = ["/edit/", "/history/", "/account", "/admin", "/sign-in", "/invite/", "/api/"];

/** /robots.txt: readers' pages are open to crawlers; editors' pages and the write API are not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: { userAgent: "*", allow: "/", disallow: DISALLOWED },
    sitemap: absoluteUrl(publicOrigin(await headers()), "/sitemap.xml"),
  };
}
