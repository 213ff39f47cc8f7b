import { expect, test } from "@playwright/test";

test("the home page lists the seeded claims, newest first, with their speakers", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who said what about AI");
  await expect(page.getByRole("combobox", { name: "Search claims" })).toHaveValue("");

  const cards = page.getByTestId("claim-card");
  await expect(cards).toHaveCount(20);
  await expect(page.getByRole("heading", { level: 2, name: /^\d+ results · page 1 of \d+$/ })).toBeVisible();
  await expect(page.getByTestId("speaker").filter({ hasText: "Jensen Huang" }).first()).toBeVisible();
  await expect(page.getByTestId("speaker").filter({ hasText: "Li Yuan" }).first()).toBeVisible();
  await expect(page.getByText("China is going to win the AI race").first()).toBeVisible();

  const dates = await cards.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
  expect(dates.length).toBeGreaterThan(10);
  expect(dates).toEqual(dates.toSorted().reverse());

  // Every result opens its claim; speaker and source link to their own pages.
  await expect(cards.first().locator("[data-result-link]")).toHaveAttribute("href", /^\/claims\/\d+-[a-z0-9-]+$/);
  await expect(cards.first().getByTestId("speaker")).toHaveAttribute("href", /^\/entities\/[a-z0-9-]+$/);
  await expect(cards.first().locator('a[href^="/sources/"]')).toHaveAttribute("href", /^\/sources\/\d+$/);
  await expect(cards.first().getByTestId("status-badge")).toBeVisible();
});

test("the home page has its landmarks and a skip link to the main content", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Site" })).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expect(page.getByRole("search")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);

  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});
