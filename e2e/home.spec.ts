import { expect, test } from "@playwright/test";

test("the home page lists seeded claims with their speakers", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const cards = page.getByTestId("claim-card");
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThan(10);
  await expect(page.getByTestId("speaker").filter({ hasText: "Jensen Huang" }).first()).toBeVisible();
  await expect(page.getByText("China is going to win the AI race").first()).toBeVisible();
});
