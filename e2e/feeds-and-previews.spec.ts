import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { bloombergColumnPath, chinaRaceClaimPath } from "./support/reader-pages";

// What a public page tells feed readers, link previews and browsers, on the real pages: its
// feeds, Open Graph and Twitter card tags, its icons; and the feeds themselves, as a feed
// reader parses them.

const content = (page: Page, selector: string) => page.locator(selector).first().getAttribute("content");

async function expectPreviewTags(page: Page, path: string) {
  await page.goto(path);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical, `${path}: canonical`).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  expect(await content(page, 'meta[property="og:url"]')).toBe(canonical);
  expect(await content(page, 'meta[property="og:title"]')).toBeTruthy();
  expect(await content(page, 'meta[property="og:description"]')).toBeTruthy();
  expect(await content(page, 'meta[property="og:site_name"]')).toBe("Claimtrail");
  expect(await content(page, 'meta[property="og:locale"]')).toBe("en_GB");
  expect(await content(page, 'meta[name="twitter:card"]')).toBe("summary");
  expect(await content(page, 'meta[name="twitter:title"]')).toBe(await content(page, 'meta[property="og:title"]'));
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
  const siteFeed = page.locator('link[rel="alternate"][type="application/atom+xml"][title="New and changed claims"]');
  expect(await siteFeed.getAttribute("href")).toMatch(/\/feeds\/claims\.atom$/);
}

/** In the document's <head> as sent, where feed readers and link previews look (not streamed in later). */
async function expectTagsInHead(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const head = html.slice(0, html.indexOf("</head>"));
  expect(head, `${path}: <head>`).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="[^"]*\/feeds\/claims\.atom"/);
  expect(head, `${path}: <head>`).toContain('<meta property="og:url"');
}

const feedLinks = (page: Page) =>
  page
    .locator('link[rel="alternate"][type="application/atom+xml"]')
    .evaluateAll((links) => links.map((link) => ({ title: link.getAttribute("title"), href: link.getAttribute("href") })));

test("every public page has Open Graph and Twitter card tags, the site's feed and its icon", async ({ page, request }) => {
  test.setTimeout(120_000);
  const claim = await chinaRaceClaimPath(request);
  for (const path of ["/", claim, "/entities/jensen-huang", "/entities", await bloombergColumnPath(page), "/?tag=export-controls"]) {
    await expectPreviewTags(page, path);
    await expectTagsInHead(request, path);
  }

  await page.goto(claim);
  expect(await content(page, 'meta[property="og:type"]')).toBe("article");
  expect(await feedLinks(page)).toEqual(
    expect.arrayContaining([
      { title: "Claims by Jensen Huang", href: expect.stringMatching(/\/feeds\/speakers\/jensen-huang\.atom$/) },
      { title: expect.stringMatching(/^Claims on /), href: expect.stringMatching(/\/feeds\/topics\/china-ai-race\.atom$/) },
    ]),
  );
  await page.goto("/?tag=export-controls");
  expect(await feedLinks(page)).toContainEqual({
    title: "Claims on Export controls",
    href: expect.stringMatching(/\/feeds\/topics\/export-controls\.atom$/),
  });
});

test("a speaker's feed, found on their page, lists their claims for a feed reader", async ({ page, request }) => {
  const claim = await chinaRaceClaimPath(request);
  await page.goto("/entities/jensen-huang");
  const href = await page
    .locator('link[rel="alternate"][type="application/atom+xml"][title="Claims by Jensen Huang"]')
    .getAttribute("href");
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const feed = parseFeed(await response.text());
  expect(feed.title).toBe("Claims by Jensen Huang · Claimtrail");
  expect(feed.items.map((item) => new URL(item.url!).pathname)).toContain(claim);
  expect(feed.items.every((item) => item.authors.some((author) => author.name === "Jensen Huang"))).toBe(true);
  // A feed reader polling again gets a 304.
  expect((await request.get(href!, { headers: { "if-none-match": response.headers()["etag"]! } })).status()).toBe(304);

  // The page's JSON-LD names the same speaker node as the claim's.
  const entityGraph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
    "@graph": { "@id"?: string; "@type": string }[];
  };
  const person = entityGraph["@graph"].find((node) => node["@type"] === "Person")!;
  await page.goto(claim);
  expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain(
    `"spokenByCharacter":{"@id":"${person["@id"]}"}`,
  );
});

test("the browser finds an icon at /favicon.ico and /icon.svg", async ({ request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  const svg = await request.get("/icon.svg");
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
});
