import { expect, test } from "@playwright/test";
import { chinaRaceClaimPath } from "./support/reader-pages";

// Readers' pages are not `no-store` and have no unload handlers, so the browser keeps them for
// Back and Forward. Playwright turns the back/forward cache off in the browsers it starts
// (--disable-back-forward-cache); this file turns it back on.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
    ignoreDefaultArgs: ["--disable-back-forward-cache"],
  },
});

test("a reader's page is restored from the back/forward cache", async ({ page, request }) => {
  // The first pages of a freshly started server are slow to render on a loaded machine.
  test.setTimeout(90_000);
  // Chromium says why it did not keep a page; the test reports that rather than a bare false.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.enable");
  const notRestored: string[] = [];
  cdp.on("Page.backForwardCacheNotUsed", (event) =>
    notRestored.push(...event.notRestoredExplanations.map((reason) => `${reason.type}: ${reason.reason}`)),
  );

  await page.goto(await chinaRaceClaimPath(request));
  // A page with a request still open (the router prefetching the links in view) is not kept:
  // leave only once the page is idle, as a reader who read it would.
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => Object.assign(window, { stillHere: true }));
  await page.goto("/entities/jensen-huang");
  // A page restored from that cache fires no load event: wait for the navigation alone.
  await page.goBack({ waitUntil: "commit" });
  // Restored from the back/forward cache, the page is the same document, state and all.
  const sameDocument = await page.evaluate(() => (window as { stillHere?: boolean }).stillHere === true);
  expect(notRestored).toEqual([]);
  expect(sameDocument).toBe(true);
});
