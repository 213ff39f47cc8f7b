import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// The search box offers people, organisations and products as the reader types: an ARIA
// combobox whose listbox sits above the claims, by mouse and by keyboard.

const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search claims" });
const listbox = (page: Page) => page.getByRole("listbox", { name: "People, organisations and products" });
const options = (page: Page) => listbox(page).getByRole("option");
const results = (page: Page) => page.getByTestId("claim-card");
/** The home page, once React has hydrated the search box: keys typed before that are not the app's yet. */
async function openHome(page: Page): Promise<void> {
  await page.goto("/");
  await page.waitForFunction(() => {
    const box = document.getElementById("search-q");
    return box !== null && Object.keys(box).some((key) => key.startsWith("__reactFiber"));
  });
}
/** The option whose name (not its description) is `name`. */
const option = (page: Page, name: string) => options(page).filter({ has: page.getByText(name, { exact: true }) });

for (const q of ["Murat", "Murati", "穆拉蒂", "Mira Murati lab"]) {
  test(`typing ${q} offers Mira Murati with who she is and her claim count`, async ({ page }) => {
    await openHome(page);
    await searchBox(page).pressSequentially(q, { delay: 20 });
    const murati = option(page, "Mira Murati");
    await expect(murati).toBeVisible();
    await expect(murati).toContainText("Person");
    await expect(murati).toContainText("Founder of Thinking Machines Lab, former Chief Technology Officer of OpenAI");
    await expect(murati).toContainText(/\d+ claims?/);
    await expect(searchBox(page)).toHaveAttribute("aria-expanded", "true");
    // The claims answer below: Thinking Machines Lab's claim, through its founder.
    await expect(results(page).filter({ hasText: "Thinking Machines Lab" }).first()).toBeVisible();
  });
}

test("a click on a suggestion opens the entity's page", async ({ page }) => {
  await openHome(page);
  await searchBox(page).pressSequentially("Murat", { delay: 20 });
  await option(page, "Mira Murati").click();
  await expect(page).toHaveURL((url) => url.pathname === "/entities/mira-murati", { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Mira Murati" })).toBeVisible();
});

test("arrow keys move through the suggestions and on into the results; Enter opens the active one", async ({ page }) => {
  await openHome(page);
  const box = searchBox(page);
  await box.pressSequentially("Murati", { delay: 20 });
  await expect(options(page).first()).toBeVisible();
  const count = await options(page).count();

  await page.keyboard.press("ArrowDown");
  await expect(box).toBeFocused();
  const first = options(page).nth(0);
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);

  // Past the last suggestion, into the results; ArrowUp from the first result comes back to the last suggestion.
  for (let i = 1; i < count; i++) await page.keyboard.press("ArrowDown");
  await expect(options(page).nth(count - 1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(results(page).first().locator("[data-result-link]")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(box).toBeFocused();
  await expect(options(page).nth(count - 1)).toHaveAttribute("aria-selected", "true");

  for (let i = 0; i < count; i++) await page.keyboard.press("ArrowUp");
  await expect(box).not.toHaveAttribute("aria-activedescendant");
  await page.keyboard.press("ArrowDown");
  await expect(first).toContainText("Mira Murati");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname === "/entities/mira-murati", { timeout: 20_000 });
});

test("Escape closes the suggestions and keeps the words typed", async ({ page }) => {
  await openHome(page);
  await searchBox(page).pressSequentially("Murat", { delay: 20 });
  await expect(listbox(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(listbox(page)).toBeHidden();
  await expect(searchBox(page)).toHaveAttribute("aria-expanded", "false");
  await expect(searchBox(page)).toHaveValue("Murat");
  // Enter now searches the words, as without suggestions.
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname === "/" && url.searchParams.get("q") === "Murat");
});

test("the suggestions come with the search's own answer: one request per pause in the typing", async ({ page }) => {
  const asked: URL[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/api/")) asked.push(url);
  });
  await openHome(page);
  await searchBox(page).pressSequentially("Murat", { delay: 20 });
  await expect(option(page, "Mira Murati")).toBeVisible();
  expect(asked.map((url) => url.pathname).filter((path) => path !== "/api/search")).toEqual([]);
  expect(asked.every((url) => url.searchParams.get("suggest") === "5")).toBe(true);
});

test("the open suggestions have no serious accessibility violations", async ({ page }) => {
  await openHome(page);
  await searchBox(page).pressSequentially("Murat", { delay: 20 });
  await expect(option(page, "Mira Murati")).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(options(page).first()).toHaveAttribute("aria-selected", "true");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(blocking.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(" | ")}`)).toEqual([]);
});
