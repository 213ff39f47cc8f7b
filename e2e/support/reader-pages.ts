import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { claimPath, searchPath, sourcePath } from "../../lib/routes";

// Addresses of the reader's page types in the demo corpus, found the way a reader would (the
// search API, the publisher's page) rather than by database ids, which the seed assigns.

export const BLOOMBERG_COLUMN = "How Much of Silicon Valley Is Built on Chinese AI?";

/** The claim page of the first hit for "China race": Huang's "China is going to win the AI race". */
export async function chinaRaceClaimPath(request: APIRequestContext): Promise<string> {
  const response = await request.get(`/api/search?q=${encodeURIComponent("China race")}`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { hits: { claimId: number; claimSlug: string }[] };
  const hit = body.hits[0];
  if (!hit) throw new Error('the search API found nothing for "China race"');
  return claimPath({ id: hit.claimId, slug: hit.claimSlug });
}

/**
 * The source page of Bloomberg's column. No claim cites the column itself (its claims are
 * recorded from the relay), so it is not in the search index: it is reached from its
 * publisher's page, which lists the sources Bloomberg published.
 */
export async function bloombergColumnPath(page: Page): Promise<string> {
  await page.goto("/entities/bloomberg");
  const href = await page.getByTestId("published-sources").getByRole("link", { name: BLOOMBERG_COLUMN }).getAttribute("href");
  if (!href) throw new Error("Bloomberg's page does not link to its column");
  return href;
}

/** The source page of the article the corpus was read from, found through the search API's source facet. */
export async function articleSourcePath(request: APIRequestContext): Promise<string> {
  const response = await request.get(`/api/search?q=${encodeURIComponent("China race")}`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { facets: { source: { value: string; label: string }[] } };
  const article = body.facets.source.find((facet) => facet.label.startsWith("[Authorised republication"));
  if (!article) throw new Error("the source facet does not list the article");
  return sourcePath({ id: Number(article.value) });
}

export interface ReaderPage {
  name: string;
  path: (fixtures: { page: Page; request: APIRequestContext }) => Promise<string>;
  /** The HTTP status the page must answer with, so that a 404 cannot pass for the page. */
  status: 200 | 404;
}

/** One page of each type a reader meets, for the accessibility and screenshot suites. */
export const READER_PAGES: ReaderPage[] = [
  { name: "search", path: async () => searchPath({ q: "China race" }), status: 200 },
  { name: "claim", path: async ({ request }) => chinaRaceClaimPath(request), status: 200 },
  { name: "person", path: async () => "/entities/jensen-huang", status: 200 },
  { name: "organisation", path: async () => "/entities/nvidia", status: 200 },
  { name: "entities", path: async () => "/entities", status: 200 },
  { name: "source", path: async ({ page }) => bloombergColumnPath(page), status: 200 },
  // The article: long Chinese citations, the hardest text to wrap.
  { name: "article-source", path: async ({ request }) => articleSourcePath(request), status: 200 },
  { name: "not-found", path: async () => "/no-such-page", status: 404 },
];
