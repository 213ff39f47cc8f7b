import type { Metadata } from "next";
import { headers } from "next/headers";
import { publicPageMetadata, SITE_DESCRIPTION, SITE_NAME } from "@/lib/crawl/page-metadata";
import { db } from "@/lib/db/client";
import { readerLanguages } from "@/lib/domain/reader-language";
import { feedsOfSearch } from "@/lib/feeds/search-feeds";
import { publicOrigin } from "@/lib/http/public-origin";
import { parseSearchParams } from "@/lib/search/search-params";
import { searchClaims } from "@/lib/search/service";
import { SearchPage } from "@/components/search/search-page";
import { pageResult, unnamedChoices, withLabels, type SearchView } from "@/components/search/search-model";
import { fromRecord, hrefOf, searchParamsOf, type PageParams } from "@/components/search/search-url";

interface HomeProps {
  searchParams: Promise<PageParams>;
}

export async function generateMetadata({ searchParams }: HomeProps): Promise<Metadata> {
  const params = searchParamsOf(fromRecord(await searchParams));
  const q = params.get("q");
  return publicPageMetadata({
    origin: publicOrigin(await headers()),
    path: hrefOf(params),
    ...(q ? { title: `“${q}”` } : { title: SITE_NAME, absoluteTitle: true }),
    description: SITE_DESCRIPTION,
    // A search by speaker or topic is the page those feeds follow.
    feeds: await feedsOfSearch(db(), params),
  });
}

/** The search for a shared address, run in-process so the first paint already has the results. */
async function search(params: URLSearchParams, languages: string[]): Promise<SearchView> {
  const key = params.toString();
  const parsed = parseSearchParams(params);
  if (!parsed.ok) return { key, outcome: { kind: "invalid", fields: parsed.fields } };
  const { query } = parsed;
  try {
    const result = pageResult(await searchClaims({ ...query, languages }));
    // A search that finds nothing names nothing: name the chosen values from a search over everything.
    const unnamed = unnamedChoices(result, query.filters);
    if (!unnamed.length) return { key, outcome: { kind: "results", result } };
    const everything = await searchClaims({ q: "", filters: {}, sort: "relevance", page: 1, perPage: 1 });
    return { key, outcome: { kind: "results", result: withLabels(result, unnamed, everything) } };
  } catch (error) {
    console.error("search page: search failed", error);
    return { key, outcome: { kind: "unavailable", message: "Search is unavailable right now; please try again shortly." } };
  }
}

export default async function HomePage({ searchParams }: HomeProps) {
  // The statements in the reader's language, as the API answers the same browser.
  const view = await search(searchParamsOf(fromRecord(await searchParams)), readerLanguages((await headers()).get("accept-language")));
  return <SearchPage initial={view} />;
}
