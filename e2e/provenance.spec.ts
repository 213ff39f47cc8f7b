import { expect, test, type APIRequestContext } from "@playwright/test";
import { claimPath } from "../lib/routes";

// Provenance as stored, on every surface: the relay chain of each demo claim drawn from the
// stored source relations, misattributed and co-spoken claims, figures, media time ranges and
// deprecated claims.

interface Hit {
  claimId: number;
  claimSlug: string;
  quoteId: number | null;
}

async function allClaims(request: APIRequestContext): Promise<Hit[]> {
  const response = await request.get("/api/search?perPage=100");
  expect(response.ok()).toBe(true);
  const hits = ((await response.json()) as { hits: Hit[] }).hits;
  return [...new Map(hits.map((hit) => [hit.claimId, hit])).values()];
}

async function claimPathOf(request: APIRequestContext, slug: string): Promise<string> {
  const hit = (await allClaims(request)).find((candidate) => candidate.claimSlug === slug);
  if (!hit) throw new Error(`no claim ${slug}`);
  return claimPath({ id: hit.claimId, slug: hit.claimSlug });
}

test.describe("relay chains", () => {
  test("every demo claim's chain reaches its origin through the stored relations; only the Reuters hop is unresolved", async ({ request }) => {
    const claims = await allClaims(request);
    expect(claims.length).toBeGreaterThanOrEqual(32);
    const unresolved: string[] = [];
    for (const claim of claims) {
      const html = await (await request.get(claimPath({ id: claim.claimId, slug: claim.claimSlug }))).text();
      if (html.includes('data-testid="relay-unresolved"')) unresolved.push(claim.claimSlug);
    }
    expect(unresolved).toEqual(["half-of-ai-researchers-are-chinese-you-cannot-stop-them"]);
  });

  for (const [slug, origin] of [
    ["as-china-races-ahead-we-may-be-stuck-in-the-past", "Andreessen Horowitz"],
    ["silicon-valley-should-be-less-obsessed-with-agi-and-learn-from-china", "The New York Times"],
  ] as const) {
    test(`draws ${slug} from its origin through The New York Times to the article, saying which hops have no wording`, async ({ page, request }) => {
      await page.goto(await claimPathOf(request, slug));
      const chain = page.getByTestId("relay-chain");
      await expect(chain).toHaveAttribute("aria-label", new RegExp(`^Relay chain from ${origin} to .+, 4 steps$`));
      const hops = chain.getByTestId("relay-hop");
      await expect(hops).toHaveCount(4);
      await expect(hops.nth(0)).toContainText("Probable origin");
      await expect(hops.nth(1)).toContainText("The New York Times");
      await expect(hops.nth(1)).toContainText("No wording recorded from this outlet.");
      await expect(hops.nth(2)).toContainText("观察者网");
      await expect(page.getByTestId("relay-unresolved")).toHaveCount(0);
      const inWords = page.getByTestId("relay-in-words");
      await expect(inWords).toContainText(`${origin} (probable origin · not cited) → The New York Times (relay) → 观察者网 (relay) →`);
      await expect(inWords).toContainText("No wording recorded from");
      await expect(chain).toHaveAttribute("aria-describedby", (await inWords.getAttribute("id"))!);
    });
  }
});
