import { expect, test } from "@playwright/test";

// A claim dated only to a year (Zhipu's, "in 2025") keeps that precision on every surface:
// the search API, the card, the filters, the claim page, its JSON-LD and its sharing metadata.

interface Hit {
  claimId: number;
  claimSlug: string;
  claimedAt: string | null;
  claimedAtPrecision: string | null;
}

test.describe("dates as precise as they are known", () => {
  test("the search API gives the year alone, with its precision, and a January range still finds it", async ({ request }) => {
    const all = (await (await request.get("/api/search?speaker=zhipu-ai")).json()) as { hits: Hit[] };
    expect(all.hits.length).toBeGreaterThan(0);
    for (const hit of all.hits) expect(hit).toMatchObject({ claimedAt: "2025", claimedAtPrecision: "YEAR" });
    const january = (await (await request.get("/api/search?speaker=zhipu-ai&from=2025-01-10&to=2025-01-20")).json()) as { hits: Hit[] };
    expect(january.hits).toHaveLength(all.hits.length);
    const before = (await (await request.get("/api/search?speaker=zhipu-ai&to=2024-12-31")).json()) as { hits: Hit[] };
    expect(before.hits).toHaveLength(0);
  });

  test("the card says the claim is dated only to 2025, and the filters say how ranges treat it", async ({ page }) => {
    await page.goto("/?speaker=zhipu-ai&from=2025-01-10&to=2025-01-20");
    const date = page.getByTestId("claim-card").first().getByTestId("claimed-at");
    await expect(date).toHaveText("2025 (dated only to 2025)");
    await expect(date.locator("time")).toHaveAttribute("datetime", "2025");
    await expect(
      page.getByText("A claim dated only to a month or a year is included when any part of it falls in these dates."),
    ).toBeAttached();
    await expect(page.getByTestId("claim-card").first()).not.toContainText("January");
  });

  test("the claim page, its JSON-LD and its Open Graph date say 2025 and no more", async ({ page, request }) => {
    const [hit] = ((await (await request.get("/api/search?speaker=zhipu-ai")).json()) as { hits: Hit[] }).hits;
    await page.goto(`/claims/${hit!.claimId}-${hit!.claimSlug}`);
    await expect(page.locator("main")).not.toContainText("1 January 2025");
    await expect(page.locator('main time[datetime="2025"]').first()).toHaveText("2025");
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute("content", "2025");
    const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
      "@graph": { "@type": string; datePublished?: string }[];
    };
    const dated = json["@graph"].filter((node) => node["@type"] === "Claim" || node["@type"] === "Quotation");
    expect(dated.length).toBeGreaterThan(0);
    for (const node of dated) expect(node.datePublished).toBe("2025");
  });
});
