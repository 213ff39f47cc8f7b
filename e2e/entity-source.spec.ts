import { expect, test } from "@playwright/test";
import { BLOOMBERG_COLUMN, bloombergColumnPath } from "./support/reader-pages";

test.describe("speaker and organisation pages", () => {
  test("Jensen Huang's page shows his names, NVIDIA and his claims on a timeline", async ({ page }) => {
    await page.goto("/entities/jensen-huang");
    await expect(page).toHaveTitle(/^Jensen Huang · Claimtrail$/);
    await expect(page.getByRole("heading", { level: 1, name: "Jensen Huang" })).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/entities\/jensen-huang$/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /黃仁勳/);

    const names = page.getByRole("region", { name: "Names" });
    await expect(names.locator('[lang="zh-Hant"]', { hasText: "黃仁勳" })).toBeVisible();
    await expect(names.locator('[lang="zh-Hans"]', { hasText: "黄仁勋" })).toBeVisible();
    await expect(names.getByRole("definition").filter({ hasText: "Jen-Hsun Huang" })).toContainText("alias");
    await expect(page.getByRole("link", { name: "Wikidata Q305177" })).toHaveAttribute("href", "https://www.wikidata.org/wiki/Q305177");

    const nvidia = page.getByTestId("affiliation").filter({ hasText: "NVIDIA" });
    await expect(nvidia).toContainText("Co-founder and CEO");
    await expect(nvidia).toContainText("since 5 April 1993");
    await expect(nvidia.getByRole("link", { name: "NVIDIA" })).toHaveAttribute("href", "/entities/nvidia");

    const timeline = page.getByRole("list", { name: /^Claims by Jensen Huang/ });
    const dates = await timeline.getByRole("heading", { level: 3 }).allTextContents();
    expect(dates).toEqual(["5 November 2025", "May 2025", "Date not known"]);
    await expect(timeline.getByTestId("timeline-claim")).toHaveCount(4);
    const remark = timeline.getByRole("link", { name: "China is going to win the AI race." });
    await expect(remark).toHaveAttribute("href", /^\/claims\/\d+-china-is-going-to-win-the-ai-race$/);
    await expect(timeline.getByTestId("status-badge").first()).toBeVisible();

    const about = page.getByRole("list", { name: /^Claims about Jensen Huang/ });
    await expect(about.getByRole("link", { name: "Bloomberg" }).first()).toHaveAttribute("href", "/entities/bloomberg");
  });

  test("a facet link leads to the search page filtered within the speaker's claims", async ({ page }) => {
    await page.goto("/entities/jensen-huang");
    const facets = page.getByTestId("entity-facets");
    await expect(facets).toContainText("4 quotes and figures by Jensen Huang");
    await facets.getByRole("link", { name: /^Financial Times\s*1$/ }).click();
    await expect(page).toHaveURL(
      (url) =>
        url.pathname === "/" &&
        url.searchParams.get("speaker") === "jensen-huang" &&
        url.searchParams.get("publisher") === "financial-times",
    );
  });

  test("an organisation's page lists its people and scopes its facets with the org filter", async ({ page }) => {
    await page.goto("/entities/nvidia");
    await expect(page.getByRole("heading", { level: 1, name: "NVIDIA" })).toBeVisible();
    await expect(page.getByTestId("affiliation").filter({ hasText: "Jensen Huang" })).toContainText("Co-founder and CEO");
    const timeline = page.getByRole("list", { name: /^Claims by NVIDIA and its people/ });
    await expect(timeline.getByRole("link", { name: "Jensen Huang" }).first()).toBeVisible();
    const statusLink = page.getByTestId("entity-facets").getByRole("link", { name: /^Sourced, not checked/ });
    const href = new URL((await statusLink.getAttribute("href"))!, "http://x");
    expect(Object.fromEntries(href.searchParams)).toEqual({ org: "nvidia", status: "SOURCED_UNVERIFIED" });
  });

  test("an unknown entity is a 404", async ({ page }) => {
    const response = await page.goto("/entities/no-such-speaker");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});

test.describe("source pages", () => {
  test("Bloomberg's column shows its record, whom it quotes and who relays it", async ({ page }) => {
    await page.goto(await bloombergColumnPath(page));
    await expect(page.getByRole("heading", { level: 1, name: BLOOMBERG_COLUMN })).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/sources\/\d+$/);

    const record = page.getByRole("region", { name: "Record" });
    await expect(record.getByRole("definition").filter({ hasText: "Bloomberg Opinion" })).toBeVisible();
    await expect(record.getByRole("link", { name: "Bloomberg" })).toHaveAttribute("href", "/entities/bloomberg");
    await expect(record.locator('time[datetime="2025-11-09"]')).toHaveText("9 November 2025");

    const relays = page.getByTestId("relays");
    const allIn = relays.filter({ hasText: "All-In episode" });
    await expect(allIn).toContainText("quotes");
    await expect(allIn).toContainText("Podcast episode · All-In · 2025");
    const relayedBy = page.getByTestId("relayed-by");
    await expect(relayedBy).toHaveCount(1);
    await expect(relayedBy).toContainText("觀察者網 article");
    await expect(relayedBy).toContainText("is translated by and is the basis of");
  });

  test("following the relay links walks the chain both ways", async ({ page }) => {
    const column = await bloombergColumnPath(page);
    await page.goto(column);

    // Up the chain: the 觀察者網 piece, then the article that republishes it.
    await page.getByTestId("relayed-by").getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("觀察者網 article on Bloomberg");
    await expect(page.getByRole("region", { name: "Record" }).locator("time")).toHaveText("November 2025");
    await expect(page.getByTestId("relays").filter({ hasText: BLOOMBERG_COLUMN })).toContainText("translates and is derived from");
    await page.getByTestId("relayed-by").filter({ hasText: "is republished by" }).getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Authorised republication");
    await expect(page.getByTestId("relayed-by")).toHaveCount(0);

    // The article is where the corpus's words were read: its citations name the claims.
    const citation = page.getByTestId("citation").filter({ hasText: "中國將贏得人工智能競賽。" });
    await expect(citation).toContainText("Relay");
    await expect(citation).toContainText("¶ 3");
    await expect(citation.getByRole("link", { name: "China is going to win the AI race." })).toHaveAttribute("href", /^\/claims\/\d+-/);

    // And back down, past the column, to the podcast it quotes.
    await page.getByTestId("relays").filter({ hasText: "republishes" }).getByRole("link").click();
    await page.getByTestId("relays").getByRole("link", { name: BLOOMBERG_COLUMN }).click();
    await expect(page).toHaveURL(new RegExp(`${column}$`));
    await page.getByTestId("relays").filter({ hasText: "All-In episode" }).getByRole("link").click();
    await expect(page.getByRole("region", { name: "Record" }).locator("time")).toHaveText("2025");
    await expect(page.getByTestId("relayed-by").filter({ hasText: "is quoted by" })).toContainText(BLOOMBERG_COLUMN);
    await expect(page.getByTestId("relays")).toHaveCount(0);
  });

  test("an unknown or malformed source id is a 404", async ({ page }) => {
    expect((await page.goto("/sources/999999"))?.status()).toBe(404);
    expect((await page.goto("/sources/not-a-number"))?.status()).toBe(404);
  });
});
