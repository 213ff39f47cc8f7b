import { expect, test } from "@playwright/test";

// Content negotiation on claim permalinks, robots.txt and sitemap.xml, on the real app and its
// embedded demo database.

const REMARK_SLUG = "china-is-going-to-win-the-ai-race";
let remarkPath: string;
const varyFields = (vary: string | undefined) => (vary ?? "").split(",").map((field) => field.trim());

test.beforeAll(async ({ request }) => {
  const response = await request.get(`/api/search?q=${encodeURIComponent("China is going to win the AI race")}&perPage=50`);
  const body = (await response.json()) as { hits: { claimId: number; claimSlug: string }[] };
  const hit = body.hits.find((candidate) => candidate.claimSlug === REMARK_SLUG)!;
  remarkPath = `/claims/${hit.claimId}-${hit.claimSlug}`;
});

const NEGOTIATED: [accept: string, check: (text: string) => void][] = [
  [
    "application/vnd.citationstyles.csl+json",
    (text) => expect(JSON.parse(text)[0]).toMatchObject({ type: "interview", "citation-key": "Financial2025Financial" }),
  ],
  ["application/x-bibtex", (text) => expect(text).toMatch(/^@misc\{Financial2025Financial,\n/)],
  ["application/x-research-info-systems", (text) => expect(text).toMatch(/^TY {2}- GEN\n[\s\S]*\nER {2}- \n$/)],
  [
    "application/ld+json",
    (text) => expect(JSON.parse(text)["@graph"].some((node: { "@type": string }) => node["@type"] === "Quotation")).toBe(true),
  ],
];

test.describe("content negotiation on the permalink", () => {
  for (const [accept, check] of NEGOTIATED) {
    test(`answers Accept: ${accept} with that format, inline`, async ({ request }) => {
      const response = await request.get(remarkPath, { headers: { Accept: accept } });
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe(`${accept}; charset=utf-8`);
      expect(varyFields(response.headers()["vary"])).toContain("Accept");
      expect(response.headers()["content-disposition"]).toBeUndefined();
      check(await response.text());
    });
  }

  test("answers a browser with the page, which varies with Accept and links each format", async ({ request, page }) => {
    const response = await request.get(remarkPath, {
      headers: { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" },
    });
    expect(response.headers()["content-type"]).toMatch(/^text\/html/);
    expect(varyFields(response.headers()["vary"])).toContain("Accept");

    await page.goto(remarkPath);
    for (const [accept] of NEGOTIATED) {
      const href = await page.locator(`link[rel="alternate"][type="${accept}"]`).getAttribute("href");
      expect(href).toMatch(new RegExp(`${remarkPath}/cite\\?format=`));
      const linked = await request.get(href!);
      expect(linked.headers()["content-type"]).toBe(`${accept}; charset=utf-8`);
    }
  });

  test("answers an unknown claim in a negotiated format with a JSON 404", async ({ request }) => {
    const response = await request.get("/claims/999999-no-such-claim", { headers: { Accept: "application/x-bibtex" } });
    expect(response.status()).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  });
});

test.describe("crawl files", () => {
  test("robots.txt opens readers' pages, closes editors' ones and names the sitemap", async ({ request, baseURL }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/^User-Agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).toMatch(/^Disallow: \/edit\/$/m);
    expect(robots).toMatch(/^Disallow: \/api\/$/m);
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });

  test("sitemap.xml lists the public claim, entity and source pages", async ({ request, baseURL }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.headers()["content-type"]).toMatch(/xml/);
    const xml = await response.text();
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(urls).toContain(`${baseURL}${remarkPath}`);
    expect(urls).toContain(`${baseURL}/entities/jensen-huang`);
    expect(urls.some((url) => /\/sources\/\d+$/.test(url))).toBe(true);
    expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);
  });
});
