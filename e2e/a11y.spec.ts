import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { READER_PAGES } from "./support/reader-pages";

// Every page type, in the light and the dark colour scheme, checked with axe against WCAG 2.1
// A and AA. Serious and critical violations fail the test; the rest are for review.

for (const readerPage of READER_PAGES) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${readerPage.name} page has no serious accessibility violations (${colorScheme})`, async ({ page, request }) => {
      const path = await readerPage.path({ page, request });
      await page.emulateMedia({ colorScheme });
      const response = await page.goto(path);
      expect(response?.status(), `${path} answered ${response?.status()}`).toBe(readerPage.status);
      await page.waitForLoadState("networkidle");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
      const blocking = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
      const report = blocking
        .map((violation) =>
          [
            `${violation.id} (${violation.impact}): ${violation.help}`,
            ...violation.nodes.map((node) => `  ${node.target.join(" ")}  ${node.html}`),
          ].join("\n"),
        )
        .join("\n");
      expect(
        blocking.map((violation) => violation.id),
        `${path} in ${colorScheme}:\n${report}`,
      ).toEqual([]);
    });
  }
}
