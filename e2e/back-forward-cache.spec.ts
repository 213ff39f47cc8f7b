import { expect, test } from "@playwright/test";
import { chinaRaceClaimPath } from "./support/reader-pages";

// Readers' pages are not `no-store` and have no unload handlers, so the browser keeps them for
// Back and Forward. Playwright turns the back/forward cache off in the browsers it starts
// (--disable-back-forward-cache); this file turns it back on.
test.use({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"], ignoreDefaultArgs: ["--disable-back-forward-cache"] } });

test("a reader's page is restored from the back/forward cache", async ({ page, request }) => {
  // The first pages of a freshly started server are slow to render on a loaded machine.
  test.setTimeout(90_000);
  await page.goto(await chinaRaceClaimPath(request));
  await page.evaluate(() => Object.assign(window, { stillHere: true }));
  await page.goto("/entities/jensen-huang");
  // A page restored from that cache fires no load event: wait for the navigation alone.
  await page.goBack({ waitUntil: "commit" });
  // Restored from the back/forward cache, the page is the same document, state and all.
  expect(await page.evaluate(() => (window as { stillHere?: boolean }).stillHere === true)).toBe(true);
});
