import { expect, test } from "@playwright/test";
import { READER_PAGES } from "./support/reader-pages";

// Full-page screenshots of every page type at a phone's and a desktop's width, light and
// dark, kept as test artifacts (test-results/) for review; each run also checks that the page
// rendered and does not scroll sideways.

const VIEWPORTS = [
  { name: "phone", width: 360, height: 780 },
  { name: "desktop", width: 1280, height: 900 },
] as const;

for (const readerPage of READER_PAGES) {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`${readerPage.name} at ${viewport.name} width (${colorScheme})`, async ({ page, request }, testInfo) => {
        const path = await readerPage.path({ page, request });
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.emulateMedia({ colorScheme });
        const response = await page.goto(path);
        expect(response?.status(), `${path} answered ${response?.status()}`).toBe(readerPage.status);
        await page.waitForLoadState("networkidle");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

        const name = `${readerPage.name}-${viewport.name}-${colorScheme}`;
        const file = testInfo.outputPath(`${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(name, { path: file, contentType: "image/png" });

        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
      });
    }
  }
}
