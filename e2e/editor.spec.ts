import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { editClaimPath, NEW_QUOTE_PATH, searchPath } from "../lib/routes";
import { SAME_ORIGIN, signIn, unique } from "./support/editor";

// The editors' web interface, against the real app: adding a sourced quote, refusals that keep
// what was typed, duplicates, conflicting edits, history, and what a reader cannot reach.

async function editorPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page);
  return page;
}

interface QuoteInput {
  speaker: { newName: string } | { search: string; choose: string };
  text: string;
  statement: string;
  url: string;
  title?: string;
}

async function fillQuoteForm(page: Page, input: QuoteInput) {
  await page.goto(NEW_QUOTE_PATH);
  if ("newName" in input.speaker) {
    await page.getByLabel("Someone new").check();
    await page.getByLabel("Name (in English)").fill(input.speaker.newName);
  } else {
    await page.getByLabel("Speaker", { exact: true }).fill(input.speaker.search);
    await page.getByRole("button", { name: new RegExp(input.speaker.choose) }).click();
    await expect(page.getByTestId("chosen-speaker.slug")).toContainText(input.speaker.choose);
  }
  await page.getByLabel("The quote, verbatim, in its original language").fill(input.text);
  await page.getByLabel("What is claimed, in one sentence").fill(input.statement);
  await page.getByLabel("When it was said").fill("2025-11-12");
  await page.getByLabel("Source address (URL)").fill(input.url);
  if (input.title) await page.getByLabel("Title", { exact: true }).fill(input.title);
  await page.getByLabel("The words exactly as the source shows them").fill(input.text);
}

test("a reader is sent to sign in, and the write API refuses them", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto(NEW_QUOTE_PATH);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fedit%2Fquotes%2Fnew$/);
  await page.goto(editClaimPath({ id: 1 }));
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fedit%2Fclaims%2F1$/);

  const response = await request.post("/api/quotes", {
    headers: SAME_ORIGIN,
    data: {
      speaker: { slug: "jensen-huang" },
      quote: { text: "Not allowed.", lang: "en" },
      claim: { create: { statements: [{ lang: "en", text: "Not allowed." }] } },
      citations: [],
    },
  });
  expect(response.status()).toBe(401);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
});

test("an editor adds a sourced quote, lands on its claim, and finds it through search", async ({ page }) => {
  await signIn(page);
  const nav = page.getByRole("navigation", { name: "Site" });
  await expect(nav.getByTestId("header-user")).toContainText("Demo Editor");
  await nav.getByRole("link", { name: "Add a quote" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a quote" })).toBeVisible();

  const word = unique("quokkametric");
  const statement = `Small open models will be the ${word} default.`;
  const text = `Small open models are the ${word} future.`;
  await fillQuoteForm(page, {
    speaker: { newName: `Ada ${unique("Testwright")}` },
    text,
    statement,
    url: `https://example.org/e2e/${word}?utm_source=feed`,
    title: `Interview ${word}`,
  });
  await page.getByLabel("Source address (URL)").blur();
  await expect(page.getByText("A new source: give its details below.")).toBeVisible();
  await page.getByRole("button", { name: "Save and publish" }).click();

  await expect(page).toHaveURL(/\/claims\/\d+-small-open-models/);
  await expect(page.getByTestId("claim-page")).toContainText(statement);
  await expect(page.getByRole("link", { name: "Edit this claim" })).toBeVisible();

  // The index worker runs every second: the new claim is searchable within seconds.
  await expect(async () => {
    await page.goto(searchPath({ q: word }));
    await expect(page.getByRole("main")).toContainText(text, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});

test("a refused form keeps every value, with the message beside the field", async ({ page }) => {
  await signIn(page);
  const text = `Compute is the new oil, ${unique("said")}.`;
  await fillQuoteForm(page, {
    speaker: { newName: `Bo ${unique("Keeper")}` },
    text,
    statement: "Compute is the new oil.",
    url: "not an address",
  });
  await page.getByRole("button", { name: "Add a translation" }).click();
  await page.getByLabel("Translation", { exact: true }).fill("算力是新的石油。");
  await page.getByRole("button", { name: "Save and publish" }).click();

  const url = page.getByLabel("Source address (URL)");
  await expect(url).toHaveAttribute("aria-invalid", "true");
  const messageId = (await url.getAttribute("aria-describedby"))!.split(" ")[0]!;
  await expect(page.locator(`[id="${messageId}"]`)).toContainText("http");
  await expect(url).toHaveValue("not an address");
  await expect(page.getByLabel("The quote, verbatim, in its original language")).toHaveValue(text);
  await expect(page.getByLabel("What is claimed, in one sentence")).toHaveValue("Compute is the new oil.");
  await expect(page.getByLabel("Translation", { exact: true })).toHaveValue("算力是新的石油。");
  await expect(page.getByLabel("Someone new")).toBeChecked();

  // Without a citation, the only way to save is as a draft, which readers do not see.
  await page.getByRole("button", { name: "Remove citation 1" }).click();
  await page.getByRole("button", { name: "Remove translation 1" }).click();
  await expect(page.getByRole("button", { name: "Save and publish" })).toHaveCount(0);
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page).toHaveURL(/\/edit\/claims\/\d+$/);
  await expect(page.getByText(/· draft ·/)).toBeVisible();
});

test("a figure citation is entered as its value and what it measures; without the measure the form says so beside the field", async ({
  page,
}) => {
  await signIn(page);
  const word = unique("figure");
  await fillQuoteForm(page, {
    speaker: { newName: `Di ${unique("Counter")}` },
    text: `Qwen was downloaded 385.3 million times, ${word}.`,
    statement: `Qwen passed Llama in downloads, ${word}.`,
    url: `https://example.org/e2e/${word}`,
    title: `Downloads ${word}`,
  });
  await page.getByLabel("What is cited").selectOption("FIGURE");
  await page.getByLabel("The value as the source gives it").fill("385.3 million");
  await page.getByRole("button", { name: "Save and publish" }).click();

  const measure = page.getByLabel("What the figure measures");
  await expect(measure).toHaveAttribute("aria-invalid", "true");
  const messageId = (await measure.getAttribute("aria-describedby"))!.split(" ")[0]!;
  await expect(page.locator(`[id="${messageId}"]`)).toHaveText("say what the figure measures");
  await expect(page.getByLabel("The value as the source gives it")).toHaveValue("385.3 million");
  await measure.fill("cumulative downloads on Hugging Face");
  await page.getByRole("button", { name: "Save and publish" }).click();

  await expect(page).toHaveURL(/\/claims\/\d+-qwen-passed-llama/);
  await expect(page.getByTestId("citation-figure")).toHaveText("Figure · cumulative downloads on Hugging Face: 385.3 million");
});

test("a quote already recorded is offered for the citation instead", async ({ page }) => {
  await signIn(page);
  const name = `Cy ${unique("Duplicate")}`;
  const text = `Agents will run the back office, ${unique("w")}.`;
  await fillQuoteForm(page, {
    speaker: { newName: name },
    text,
    statement: "Agents will run the back office.",
    url: `https://example.org/e2e/${unique("first")}`,
    title: "First outlet",
  });
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page).toHaveURL(/\/claims\/\d+-/);
  const claimUrl = page.url();

  const relay = `Relay ${unique("outlet")}`;
  await fillQuoteForm(page, {
    speaker: { search: name.split(" ")[1]!, choose: name },
    text,
    statement: "Agents will run the back office.",
    url: `https://example.org/e2e/${unique("second")}`,
    title: relay,
  });
  await page.getByRole("button", { name: "Save and publish" }).click();
  const duplicates = page.getByTestId("duplicates");
  await expect(duplicates).toContainText("This quote may already be recorded");
  await expect(duplicates.getByTestId("duplicate-candidate").first()).toContainText(text);
  await duplicates.getByRole("button", { name: "Add this citation to the existing quote instead" }).first().click();
  await expect(page).toHaveURL(claimUrl);
  await expect(page.getByTestId("claim-page")).toContainText(relay);
});

test("a conflicting edit is caught, keeps the editor's input, and can be applied on top", async ({ browser }) => {
  const first = await editorPage(browser);
  const second = await editorPage(browser);
  const created = await first.request.post("/api/quotes", {
    headers: SAME_ORIGIN,
    data: {
      speaker: { create: { kind: "PERSON", name: `Di ${unique("Conflict")}` } },
      quote: { text: `Inference costs fall tenfold a year, ${unique("c")}.`, lang: "en" },
      claim: { create: { statements: [{ lang: "en", text: "Inference costs fall tenfold a year." }], claimedAt: "2025-11" } },
      citations: [
        {
          source: { url: `https://example.org/e2e/${unique("conflict")}`, create: { type: "ARTICLE", title: "Costs", lang: "en" } },
          role: "PRIMARY",
          exact: "tenfold",
        },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { claim } = (await created.json()) as { claim: { id: number } };

  await first.goto(editClaimPath(claim));
  await second.goto(editClaimPath(claim));

  await first.getByLabel("When it was said").fill("2025-10");
  await first.getByLabel("Why this change (kept in the history)", { exact: true }).fill("The interview was in October.");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByTestId("saved-notice")).toBeVisible();

  const wording = "Inference costs fall about tenfold every year.";
  await second.getByLabel("Statement", { exact: true }).fill(wording);
  await second.getByLabel("Why this change (kept in the history)", { exact: true }).fill("Closer to the words.");
  await second.getByRole("button", { name: "Save changes" }).click();
  const conflict = second.getByTestId("conflict");
  await expect(conflict).toContainText("changed by someone else");
  await expect(conflict.getByTestId("conflict-field").filter({ hasText: "claimedAt" })).toContainText("2025-10");
  await expect(second.getByLabel("Statement", { exact: true })).toHaveValue(wording);
  await expect(second.getByLabel("Why this change (kept in the history)", { exact: true })).toHaveValue("Closer to the words.");

  // Re-applied on the version now saved, keeping the other editor's date.
  await second.getByLabel("When it was said").fill("2025-10");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByTestId("saved-notice")).toBeVisible();
  await expect(second.getByLabel("Statement", { exact: true })).toHaveValue(wording);
  await expect(second.getByLabel("When it was said")).toHaveValue("2025-10");

  // The history shows each change by field, and restores the first version as a new revision.
  await second.getByRole("link", { name: "History" }).click();
  await expect(second.getByTestId("history-revision")).toHaveCount(3);
  await expect(second.getByTestId("history-revision").first()).toContainText(wording);
  const original = second.getByTestId("history-revision").last();
  await original.getByText("Restore this version").click();
  await original.getByLabel("Why restore it").fill("Back to the first wording.");
  await original.getByRole("button", { name: "Restore version 1" }).click();
  await expect(second.getByTestId("history-revision")).toHaveCount(4);
  await expect(second.getByTestId("history-revision").first()).toContainText("Restored");
  await first.context().close();
  await second.context().close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the add-quote form has no serious accessibility violations and fits a phone (${colorScheme})`, async ({ page }) => {
    await signIn(page);
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(NEW_QUOTE_PATH);
    await page.getByRole("button", { name: "Save and publish" }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
    const blocking = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    expect(blocking.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
}
