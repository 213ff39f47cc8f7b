import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext } from "@playwright/test";

// The claim permalink on the demo corpus. Claims are found through the search API, as a
// reader would find them, so the tests hold no database ids.

interface ClaimRef {
  id: number;
  path: string;
}

async function findClaim(request: APIRequestContext, query: string, slug: string): Promise<ClaimRef> {
  const response = await request.get(`/api/search?q=${encodeURIComponent(query)}&perPage=50`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { hits: { claimId: number; claimSlug: string }[] };
  const hit = body.hits.find((candidate) => candidate.claimSlug === slug);
  if (!hit) throw new Error(`no search hit for ${slug}`);
  return { id: hit.claimId, path: `/claims/${hit.claimId}-${hit.claimSlug}` };
}

const REMARK_SLUG = "china-is-going-to-win-the-ai-race";
const WALK_BACK_SLUG = "china-is-nanoseconds-behind-america-in-ai";

test.describe("claim page", () => {
  let remark: ClaimRef;

  test.beforeAll(async ({ request }) => {
    remark = await findClaim(request, "China is going to win the AI race", REMARK_SLUG);
  });

  test("shows the quote with its translation and draws the relay chain hop by hop", async ({ page }) => {
    await page.goto(remark.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("China is going to win the AI race.");
    await expect(page.getByTestId("quote-translation").locator('[lang="zh-Hant"]')).toContainText("中國將贏得人工智能競賽");

    const chain = page.getByTestId("relay-chain");
    await expect(chain).toHaveAttribute("aria-label", /^Relay chain from Financial Times to .+, 4 steps$/);
    const hops = chain.getByTestId("relay-hop");
    await expect(hops).toHaveCount(4);
    await expect(hops.nth(0)).toContainText("Financial Times");
    await expect(hops.nth(0)).toContainText("Primary source");
    await expect(hops.nth(1)).toContainText("Bloomberg Opinion");
    await expect(hops.nth(1)).toContainText("Quoted Financial Times");
    await expect(hops.nth(2)).toContainText("观察者网");
    await expect(hops.nth(3)).toContainText("Republished 观察者网");
    // The article words the remark twice; the second wording is marked against the first.
    await expect(hops.nth(3).locator("ins")).toContainText("（AI）");
  });

  test("links to the walk-back, which links back", async ({ page }) => {
    await page.goto(remark.path);
    const walkedBack = page.locator('[data-testid="related-claim"][data-kind="WALKS_BACK"][data-direction="incoming"]');
    await expect(walkedBack).toContainText("Walked back by");
    await walkedBack.getByTestId("related-claim-link").click();
    await expect(page).toHaveURL(new RegExp(`/claims/\\d+-${WALK_BACK_SLUG}$`));

    const walksBack = page.locator('[data-testid="related-claim"][data-kind="WALKS_BACK"][data-direction="outgoing"]');
    await expect(walksBack).toContainText("Walks back");
    await walksBack.getByTestId("related-claim-link").click();
    await expect(page).toHaveURL(new RegExp(`${remark.path}$`));
  });

  test("downloads the citation as BibTeX", async ({ page }) => {
    await page.goto(remark.path);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-bibtex").click()]);
    expect(download.suggestedFilename()).toBe(`claimtrail-${remark.id}-${REMARK_SLUG}.bib`);
    const bibtex = await readFile((await download.path())!, "utf8");
    // The primary source is the FT's report of an interview: a @misc whose type says so.
    expect(bibtex).toMatch(/^@misc\{Financial2025Financial,\n/);
    expect(bibtex).toMatch(/\n {2}title = \{\{\[Financial Times report of Jensen Huang's remarks/);
    expect(bibtex).toContain("\n  year = {2025},");
    expect(bibtex).toContain("\n  type = {Interview},");
    expect(bibtex).toContain(`/claims/${remark.id}-${REMARK_SLUG}`);
  });

  test("answers a bad citation format with a JSON error", async ({ request }) => {
    const response = await request.get(`${remark.path}/cite?format=docx`);
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: "invalid_input", fields: { format: expect.any(String) } });
    const ris = await request.get(`${remark.path}/cite?format=ris`);
    expect(ris.headers()["content-type"]).toBe("application/x-research-info-systems; charset=utf-8");
    expect(await ris.text()).toMatch(/^TY {2}- GEN\n/);
  });

  test("carries schema.org data and sharing metadata", async ({ page }) => {
    await page.goto(remark.path);
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json!) as {
      "@graph": { "@type": string; "@id"?: string; name?: string; text?: string; spokenByCharacter?: { "@id": string } }[];
    };
    const quotation = data["@graph"].find((node) => node["@type"] === "Quotation");
    expect(quotation).toMatchObject({
      text: "China is going to win the AI race.",
      spokenByCharacter: { "@id": expect.stringMatching(/\/entities\/jensen-huang#entity$/) },
    });
    expect(data["@graph"].find((node) => node["@id"] === quotation!.spokenByCharacter!["@id"])).toMatchObject({
      "@type": "Person",
      name: "Jensen Huang",
    });
    expect(data["@graph"].some((node) => node["@type"] === "Claim")).toBe(true);
    expect(data["@graph"].some((node) => node["@type"] === "ClaimReview")).toBe(false);

    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${remark.path}$`));
    await expect(page).toHaveTitle(/^Jensen Huang: “China is going to win the AI race\.”/);
  });

  test("redirects a wrong slug to the canonical address", async ({ page, request }) => {
    const response = await request.get(`/claims/${remark.id}-an-old-slug`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()["location"]).toBe(remark.path);

    await page.goto(`/claims/${remark.id}`);
    await expect(page).toHaveURL(new RegExp(`${remark.path}$`));
  });

  test("answers an unknown claim with a 404 page", async ({ page, request }) => {
    const response = await page.goto("/claims/999999-no-such-claim");
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("claim-not-found")).toBeVisible();
    expect((await request.get("/claims/999999-no-such-claim/cite?format=bibtex")).status()).toBe(404);
  });
});
