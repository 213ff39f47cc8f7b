import { expect, test, type Page } from "@playwright/test";

// /entities: everyone and everything on record, reached from the site header, filtered by
// kind and searched by any name, rendered on the server; entity pages linked through affiliations.

const rows = (page: Page) => page.getByTestId("entity-row");
const row = (page: Page, name: string) => rows(page).filter({ has: page.getByRole("link", { name, exact: true }) });

test("the header links to the list of everyone, with names in every language, kind and claim count", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "People & organisations" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/entities");
  await expect(page.getByRole("heading", { level: 1, name: "People, organisations and products" })).toBeVisible();
  const murati = row(page, "Mira Murati");
  await expect(murati).toContainText("Person · 0 claims");
  await expect(murati.getByTestId("entity-names")).toContainText("米拉．穆拉蒂");
  await expect(murati.locator('[lang="zh-Hans"]', { hasText: "米拉·穆拉蒂" })).toBeVisible();
  await expect(murati).toContainText("Founder of Thinking Machines Lab, former Chief Technology Officer of OpenAI");
  await expect(row(page, "Jensen Huang")).toContainText(/Person · \d+ claims/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("filters by kind, searches by any name, and pages", async ({ page }) => {
    await page.goto("/entities");
    const kinds = page.getByRole("navigation", { name: "Kind" });
    await kinds.getByRole("link", { name: /^Products/ }).click();
    await expect(page).toHaveURL((url) => url.searchParams.getAll("kind").join() === "PRODUCT");
    await expect(kinds.getByRole("link", { name: /^Products/ })).toHaveAttribute("aria-current", "page");
    await expect(rows(page).first()).toBeVisible();
    for (const text of await rows(page).allTextContents()) expect(text).toContain("Product ·");

    await page.goto("/entities");
    await page.getByLabel("Find by any name, in any language").fill("穆拉蒂");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("q") === "穆拉蒂");
    await expect(rows(page).first()).toContainText("Mira Murati");

    await page.goto("/entities?perPage=5");
    await expect(rows(page)).toHaveCount(5);
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("page") === "2");
    await expect(rows(page)).toHaveCount(5);
  });

  test("a bad parameter names the field instead of failing", async ({ page }) => {
    const response = await page.goto("/entities?kind=ROBOT");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert")).toContainText("kind must be one of PERSON, ORGANIZATION, PRODUCT");
  });
});

test("entity pages link to each other through affiliations", async ({ page }) => {
  await page.goto("/entities?q=Murati");
  await row(page, "Mira Murati").getByRole("link", { name: "Mira Murati" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/entities/mira-murati");
  const affiliations = page.getByRole("region", { name: "Affiliations" });
  await expect(affiliations.getByRole("link", { name: "OpenAI" })).toHaveAttribute("href", "/entities/openai");
  await affiliations.getByRole("link", { name: "Thinking Machines Lab" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/entities/thinking-machines-lab");
  await page.getByRole("region", { name: "Affiliations" }).getByRole("link", { name: "Mira Murati" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/entities/mira-murati");
});

test("the search API answers the entity index, and names a bad field", async ({ request }) => {
  const response = await request.get(`/api/search/entities?q=${encodeURIComponent("Murat")}&perPage=3`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { hits: { slug: string; kind: string; claimCount: number; description: string }[] };
  expect(body.hits[0]).toMatchObject({ slug: "mira-murati", kind: "PERSON", claimCount: 0 });
  const claims = (await (await request.get("/api/search?q=Murat&suggest=3")).json()) as { hits: unknown[]; entities: { slug: string }[] };
  expect(claims.hits.length).toBeGreaterThan(0);
  expect(claims.entities[0]?.slug).toBe("mira-murati");
  expect((await request.get("/api/search?q=Murat&suggest=11")).status()).toBe(400);
  const bad = await request.get("/api/search/entities?perPage=500");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields).toEqual({
    perPage: "must be between 1 and 100",
  });
});
