import { expect, test } from "@playwright/test";

// Each card says why it matched: the claim's statement beside the quote, and the names that matched.

for (const q of ["Kimi", "ChatGPT", "Moonshot"]) {
  test(`the first card for ${q} shows the word that matched`, async ({ page }) => {
    await page.goto(`/?q=${encodeURIComponent(q)}`);
    const first = page.getByTestId("claim-card").first();
    await expect(first.locator("mark", { hasText: new RegExp(`^${q}`, "i") }).first()).toBeVisible();
  });
}

test("a card names the alias that matched, and shows the statement beside the quote", async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent("黃仁勳")}`);
  const card = page.getByTestId("claim-card").filter({ hasText: "China is going to win the AI race." }).first();
  await expect(card.getByTestId("matched-names")).toContainText("黃仁勳, an alias of Jensen Huang");
  await expect(card.getByTestId("claim-statement")).toBeVisible();
});

test("a card found through an affiliation says so", async ({ page }) => {
  await page.goto("/?q=Murati");
  const card = page.getByTestId("claim-card").filter({ hasText: "Thinking Machines Lab" }).first();
  await expect(card.getByTestId("matched-names")).toContainText("Mira Murati (affiliated with the speaker)");
});

test.describe("in the reader's language", () => {
  test.use({ locale: "zh-TW" });

  test("a reader asking for Chinese sees the claim's Chinese statement beside the quote", async ({ page }) => {
    await page.goto(`/?q=${encodeURIComponent("China race")}`);
    const card = page.getByTestId("claim-card").filter({ hasText: "China is going to win the AI race." }).first();
    await expect(card.getByTestId("claim-statement")).toHaveAttribute("lang", "zh-Hant");
    await expect(card.getByTestId("claim-statement")).toContainText("中國將贏得人工智能（AI）競賽。");
    // Typing asks the API, which reads the same Accept-Language.
    await page.getByRole("combobox", { name: "Search claims" }).fill("going to win");
    await expect(page).toHaveURL((url) => url.searchParams.get("q") === "going to win");
    const typed = page.getByTestId("claim-card").filter({ hasText: "China is going to win the AI race." }).first();
    await expect(typed.getByTestId("claim-statement")).toHaveAttribute("lang", "zh-Hant");
  });
});

test("an English reader sees the English statement", async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent("China race")}`);
  const card = page.getByTestId("claim-card").filter({ hasText: "China is going to win the AI race." }).first();
  await expect(card.getByTestId("claim-statement")).toHaveAttribute("lang", "en");
});
