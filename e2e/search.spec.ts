import { expect, test, type Page } from "@playwright/test";

// The search page (the home page) against the real built app and the seeded corpus.

const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search claims" });
const results = (page: Page) => page.getByTestId("claim-card");
const resultCount = (page: Page) => page.getByRole("heading", { level: 2, name: /^\d+ results?\b/ });
const facet = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const apiAnswer = (page: Page, q: string) =>
  page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === "/api/search" && url.searchParams.get("q") === q && !url.searchParams.has("perPage");
  });

/** Marks the window, to tell later whether the page was reloaded. */
async function markWindow(page: Page) {
  await page.evaluate(() => Object.assign(window, { searchPageMarker: true }));
}
async function expectSameWindow(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { searchPageMarker?: boolean }).searchPageMarker)).toBe(true);
}

test.describe("searching as you type", () => {
  test("typing a query shows results with the matched words highlighted", async ({ page }) => {
    await page.goto("/");
    await expect(results(page).first()).toBeVisible();
    await markWindow(page);

    const answered = apiAnswer(page, "qwen");
    await searchBox(page).fill("qwen");
    expect((await answered).status()).toBe(200);

    await expect(page).toHaveURL((url) => url.pathname === "/" && url.searchParams.get("q") === "qwen");
    const marks = page.getByTestId("search-answer").locator("mark");
    await expect(marks.first()).toBeVisible();
    for (const text of await marks.allTextContents()) expect(text).toMatch(/qwen/i);
    await expect(
      results(page)
        .filter({ has: page.locator("mark") })
        .first(),
    ).toContainText(/qwen/i);
    await expect(page.getByTestId("search-answer")).toHaveAttribute("aria-busy", "false");
    await expectSameWindow(page);
  });

  test("a Chinese query finds Brian Chesky's quote about Qwen, with its translation", async ({ page }) => {
    await page.goto("/");
    await searchBox(page).fill("通義千問");
    await expect(page).toHaveURL((url) => url.searchParams.get("q") === "通義千問");

    const chesky = results(page).filter({ has: page.getByTestId("speaker").filter({ hasText: "Brian Chesky" }) });
    await expect(chesky).toHaveCount(1);
    await expect(chesky.locator("blockquote")).toContainText("We're relying a lot on Alibaba's Qwen model.");
    await expect(chesky.locator("blockquote")).toHaveAttribute("lang", "en");
    await expect(chesky.locator('[lang="zh-Hant"]')).toContainText("通義千問");
  });

  test("a misspelt name still finds the person (Cheksy)", async ({ page }) => {
    await page.goto("/");
    const answered = apiAnswer(page, "Cheksy");
    await searchBox(page).fill("Cheksy");
    await answered;

    await expect(results(page).getByTestId("speaker").filter({ hasText: "Brian Chesky" }).first()).toBeVisible();
    // Every result is about Chesky, in English or in Chinese.
    await expect(results(page).filter({ hasNotText: /Chesky|切斯基/ })).toHaveCount(0);
    await expect(resultCount(page)).toBeVisible();
  });

  test("the no-result state says so and offers to drop each filter", async ({ page }) => {
    await page.goto("/?speaker=jensen-huang");
    await searchBox(page).fill("zzqxv");

    const empty = page.getByTestId("no-results");
    await expect(empty).toContainText("No claims match “zzqxv” with these filters");
    await expect(empty).toContainText("Check the spelling");
    await expect(resultCount(page)).toHaveText(/^0 results/);
    const drop = empty.getByRole("link", { name: "Remove filter Speaker: Jensen Huang" });
    await expect(drop).toHaveAttribute("href", "/?q=zzqxv");

    await drop.click();
    await expect(page).toHaveURL(/\/\?q=zzqxv$/);
    await expect(empty).toContainText("No claims match “zzqxv”");
    await expect(empty.getByRole("link", { name: /Remove filter/ })).toHaveCount(0);
  });

  test("a failing search API is reported, and trying again recovers", async ({ page }) => {
    await page.goto("/");
    const isSearchApi = (url: URL) => url.pathname === "/api/search";
    await page.route(isSearchApi, (route) =>
      route.fulfill({
        status: 503,
        json: { error: { code: "search_unavailable", message: "Search is unavailable right now; please try again shortly." } },
      }),
    );
    await searchBox(page).fill("huang");
    const alert = page.getByTestId("search-error");
    await expect(alert).toContainText("Search is unavailable right now");
    await expect(alert).toHaveAttribute("role", "alert");

    await page.unroute(isSearchApi);
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(alert).toHaveCount(0);
    await expect(results(page).getByTestId("speaker").filter({ hasText: "Jensen Huang" }).first()).toBeVisible();
  });
});

test.describe("filters and order", () => {
  test("toggling a facet narrows the results, recounts, and is kept in the address", async ({ page }) => {
    await page.goto("/?q=qwen");
    await markWindow(page);
    const huang = facet(page, "Speaker").getByRole("link", { name: /^Jensen Huang/ });
    const expected = await huang.getAttribute("data-count");
    expect(Number(expected)).toBeGreaterThan(0);
    await expect(resultCount(page)).not.toHaveText(new RegExp(`^${expected} results?\\b`));

    await huang.click();
    await expect(page).toHaveURL(
      (url) => url.searchParams.get("q") === "qwen" && url.searchParams.getAll("speaker").join() === "jensen-huang",
    );
    await expect(resultCount(page)).toHaveText(new RegExp(`^${expected} results?\\b`));
    await expect(results(page).getByTestId("speaker")).toHaveText(Array(Number(expected)).fill("Jensen Huang"));
    await expect(huang).toHaveAttribute("data-on", "true");
    await expect(huang).toContainText("filter on");
    // Other facets are counted on the narrowed results.
    await expect(facet(page, "Organisation").getByRole("link", { name: /^NVIDIA/ })).toHaveAttribute("data-count", expected!);
    await expect(page.getByRole("link", { name: "Remove filter Speaker: Jensen Huang" })).toBeVisible();
    await expectSameWindow(page);

    // Back undoes the facet.
    await page.goBack();
    await expect(page).toHaveURL(/\/\?q=qwen$/);
    await expect(resultCount(page)).not.toHaveText(new RegExp(`^${expected} results?\\b`));
    await expect(page.getByRole("link", { name: /Remove filter/ })).toHaveCount(0);

    // A chip removes its filter.
    await huang.click();
    await page.getByRole("link", { name: "Remove filter Speaker: Jensen Huang" }).click();
    await expect(page).toHaveURL(/\/\?q=qwen$/);
  });

  test("sorting oldest first and paging keep the rest of the search", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Sort" }).selectOption("oldest");
    await expect(page).toHaveURL(/\/\?sort=oldest$/);
    const dates = async () =>
      results(page)
        .locator("time")
        .evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
    await expect
      .poll(async () => {
        const list = await dates();
        return list.join() === list.toSorted().join();
      })
      .toBe(true);

    const pages = page.getByRole("navigation", { name: "Result pages" });
    await pages.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/\?page=2&sort=oldest$/);
    await expect(pages.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
    await expect(resultCount(page)).toContainText("page 2 of");
  });
});

test.describe("keyboard", () => {
  test("/ focuses the box, ArrowDown moves through the results, Enter opens the focused claim", async ({ page }) => {
    await page.goto("/?q=qwen");
    await expect(results(page).first()).toBeVisible();

    await page.keyboard.press("/");
    await expect(searchBox(page)).toBeFocused();
    await expect(searchBox(page)).toHaveValue("qwen");

    await page.keyboard.press("ArrowDown");
    await expect(results(page).nth(0).locator("[data-result-link]")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    const second = results(page).nth(1).locator("[data-result-link]");
    await expect(second).toBeFocused();

    const href = await second.getAttribute("href");
    expect(href).toMatch(/^\/claims\/\d+-[a-z0-9-]+$/);
    await page.keyboard.press("Enter");
    // The claim page renders on the server before the address changes.
    await expect(page).toHaveURL((url) => url.pathname === href, { timeout: 20_000 });
  });
});

test.describe("history", () => {
  test("back from a claim restores the search: the query text and its results", async ({ page }) => {
    await page.goto("/");
    await searchBox(page).fill("chesky");
    await expect(page).toHaveURL(/\/\?q=chesky$/);
    const first = results(page).first();
    await expect(first).toContainText("Chesky");
    const opened = await first.locator("[data-result-link]").getAttribute("href");

    await first.locator("[data-result-link]").click();
    await expect(page).toHaveURL((url) => url.pathname === opened, { timeout: 20_000 });

    await page.goBack();
    await expect(page).toHaveURL(/\/\?q=chesky$/);
    await expect(searchBox(page)).toHaveValue("chesky");
    await expect(results(page).first().locator("[data-result-link]")).toHaveAttribute("href", opened!);
    await expect(results(page).filter({ hasNotText: /Chesky|切斯基/ })).toHaveCount(0);

    // One more step back is the page before the typing.
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(searchBox(page)).toHaveValue("");
    await expect(results(page)).toHaveCount(20);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a shared address is rendered on the server with its results and filters", async ({ page }) => {
    const response = await page.goto("/?q=qwen&speaker=brian-chesky");
    expect(response?.status()).toBe(200);
    await expect(searchBox(page)).toHaveValue("qwen");
    await expect(results(page).getByTestId("speaker")).toHaveText(["Brian Chesky"]);
    // The quote and its translations; the names that matched are marked below them.
    await expect(results(page).first().locator("[lang]:not([data-testid=claim-statement]) mark")).toHaveText(["Qwen", "Qwen"]);
    await expect(results(page).first().locator('[lang="zh-Hant"]')).toContainText("通義千問");
    await expect(page.getByRole("link", { name: "Remove filter Speaker: Brian Chesky" })).toHaveAttribute("href", "/?q=qwen");
    await expect(resultCount(page)).toHaveText(/^1 result\b/);
  });

  test("the search form and the facet links work as plain HTML", async ({ page }) => {
    await page.goto("/");
    await searchBox(page).fill("Cheksy");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("q") === "Cheksy");
    await expect(results(page).getByTestId("speaker").filter({ hasText: "Brian Chesky" }).first()).toBeVisible();

    await facet(page, "Speaker")
      .getByRole("link", { name: /^Brian Chesky/ })
      .click();
    await expect(page).toHaveURL((url) => url.searchParams.get("q") === "Cheksy" && url.searchParams.get("speaker") === "brian-chesky");
    await expect(results(page).first()).toBeVisible();
    await expect(results(page).filter({ hasNot: page.getByTestId("speaker").filter({ hasText: "Brian Chesky" }) })).toHaveCount(0);
  });

  test("an address the search cannot read gets a friendly message, not an error page", async ({ page }) => {
    const response = await page.goto("/?q=qwen&page=abc&to=2025-02-30");
    expect(response?.status()).toBe(200);
    const notice = page.getByTestId("invalid-search");
    await expect(notice).toContainText("The page number must be a whole number.");
    await expect(notice).toContainText("The end date is not a real date.");
    await expect(notice.getByRole("link", { name: "Search for “qwen” without them" })).toHaveAttribute("href", "/?q=qwen");
    await expect(searchBox(page)).toHaveValue("qwen");
  });
});
