import { expect, test } from "@playwright/test";

// The read limit against the real app: the e2e server trusts one proxy hop
// (CLAIMTRAIL_TRUSTED_PROXY=1), so each test reads from an address of its own and no other
// spec shares its count.

const DEFAULT_LIMIT = 600;

test("typing a long query at human speed, a request per keystroke, never meets the limit", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.61" } });
  const page = await context.newPage();
  const isSearch = (url: string) => new URL(url).pathname === "/api/search";
  // Requests, not responses: the page aborts a search that a newer keystroke overtook, but
  // the server has counted it.
  let sent = 0;
  const statuses: number[] = [];
  page.on("request", (request) => void (isSearch(request.url()) && sent++));
  page.on("response", (response) => void (isSearch(response.url()) && statuses.push(response.status())));
  // Typing starts once the page's script is running (keys sent before it are the browser's alone).
  await page.goto("/", { waitUntil: "networkidle" });
  const query = "China is going to win the AI race";
  // 200 ms between keys is slower than the page's 150 ms debounce: every key sends a search.
  await page.getByRole("combobox", { name: "Search claims" }).pressSequentially(query, { delay: 200 });
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === query);
  await expect(page.getByTestId("claim-card").first()).toBeVisible();
  // Not every key sends a search (a space before the next word does not, nor an answer the page remembers).
  expect(sent).toBeGreaterThanOrEqual(query.length / 3);
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
  await context.close();
});

test("an address over the limit gets 429 with Retry-After: JSON from the API, a page for people", async ({ request }) => {
  test.setTimeout(180_000);
  const from = (address: string) => ({ headers: { "x-forwarded-for": address } });
  let allowed = 0;
  let refused = false;
  // In batches of 20 at once, as a scraper would send them.
  while (!refused && allowed < DEFAULT_LIMIT * 2) {
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () => request.head("/robots.txt", from("198.51.100.71")).then((response) => response.status())),
    );
    allowed += statuses.filter((status) => status === 200).length;
    refused = statuses.includes(429);
  }
  expect(refused).toBe(true);
  // Never refused before the limit. More may pass: a count that misses its deadline on a busy
  // machine lets its read through (the limiter fails open).
  expect(allowed).toBeGreaterThanOrEqual(DEFAULT_LIMIT - 20);

  const api = await request.get("/api/search?q=huang", from("198.51.100.71"));
  expect(api.status()).toBe(429);
  expect(Number(api.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(api.headers()["cache-control"]).toBe("no-store");
  expect((await api.json()).error.code).toBe("rate_limited");

  const page = await request.get("/", from("198.51.100.71"));
  expect(page.status()).toBe(429);
  expect(Number(page.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(page.headers()["content-type"]).toMatch(/^text\/html/);
  expect(await page.text()).toContain("Too many requests");

  // Its neighbours, and the health check, are untouched.
  expect((await request.get("/api/search?q=huang", from("198.51.100.72"))).status()).toBe(200);
  expect((await request.get("/api/health", from("198.51.100.71"))).status()).toBe(200);
});
