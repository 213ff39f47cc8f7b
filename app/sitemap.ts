import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { listPublicPages } from "@/lib/crawl/public-pages";
import { db } from "@/lib/db/client";
import { absoluteUrl, publicOrigin } from "@/lib/http/public-origin";

/** /sitemap.xml: every public claim, entity and source page. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = publicOrigin(await headers());
  return [
    { url: absoluteUrl(origin, "/") },
    ...(await listPublicPages(db())).map((page) => ({ url: absoluteUrl(origin, page.path), lastModified: page.updatedAt })),
  ];
}
