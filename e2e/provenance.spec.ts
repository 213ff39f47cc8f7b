import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { claimPath, editClaimPath, FLAGGED_PATH } from "../lib/routes";
import { SAME_ORIGIN, signIn, unique } from "./support/editor";

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
  test("every demo claim's chain reaches its origin through the stored relations; only the Reuters hop is unresolved", async ({
    request,
  }) => {
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
    test(`draws ${slug} from its origin through The New York Times to the article, saying which hops have no wording`, async ({
      page,
      request,
    }) => {
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

/** A new published quote by Jensen Huang, cited at a new address; the claim's fields as given. */
async function addQuote(
  page: Page,
  text: string,
  claim: Record<string, unknown>,
  citation: Record<string, unknown> = {},
): Promise<{ id: number; slug: string; version: number }> {
  const response = await page.request.post("/api/quotes", {
    headers: SAME_ORIGIN,
    data: {
      speaker: { slug: "jensen-huang" },
      quote: { text, lang: "en" },
      claim: { create: { statements: [{ lang: "en", text }], claimedAt: "2025-11", ...claim } },
      citations: [
        {
          source: { url: `https://example.org/e2e/${unique("src")}`, create: { type: "ARTICLE", title: "A page", lang: "en" } },
          role: "PRIMARY",
          exact: text,
          ...citation,
        },
      ],
      confirmNotDuplicate: true,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { claim: { id: number; slug: string } };
  return { ...body.claim, version: 1 };
}

/** Waits until the search index has caught up with a change: the hit for `q` passes `ready`. */
async function waitForHit(request: APIRequestContext, q: string, ready: (hit: Record<string, unknown>) => boolean, query = "") {
  await expect
    .poll(
      async () => {
        const hits = (
          (await (await request.get(`/api/search?q=${encodeURIComponent(q)}${query}`)).json()) as { hits: Record<string, unknown>[] }
        ).hits;
        return hits.some(ready);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

const jsonLdOf = async (page: Page) =>
  JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { "@graph": Record<string, unknown>[] };

/** The names of the nodes a JSON-LD property refers to by @id (speakers are nodes of their own). */
const namesOf = (graph: Record<string, unknown>[], refs: unknown) =>
  [refs].flat().map((ref) => graph.find((node) => node["@id"] === (ref as { "@id": string })["@id"])?.name);

test.describe("speakers as stored", () => {
  test("Schmidt and Xu's claim names both on the page, the card and in JSON-LD; Xu is not what it is about", async ({ page, request }) => {
    await page.goto(await claimPathOf(request, "silicon-valley-should-be-less-obsessed-with-agi-and-learn-from-china"));
    await expect(page.getByTestId("claim-speaker")).toHaveText("Eric Schmidt");
    await expect(page.getByTestId("claim-co-speaker")).toHaveText("Selina Xu");
    await expect(page.getByTestId("claim-co-speaker")).toHaveAttribute("href", "/entities/selina-xu");
    await expect(page.getByTestId("claim-about")).toHaveCount(0);
    await expect(page).toHaveTitle(/^Eric Schmidt and Selina Xu: /);
    const graph = (await jsonLdOf(page))["@graph"];
    expect(namesOf(graph, graph.find((node) => node["@type"] === "Claim")!.author)).toEqual(["Eric Schmidt", "Selina Xu"]);

    await page.goto("/?speaker=selina-xu");
    const card = page.getByTestId("claim-card");
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId("speaker")).toHaveText("Eric Schmidt");
    await expect(card.getByTestId("co-speaker")).toHaveText("Selina Xu");
  });

  test("a misattributed quote is headed by nobody known, then by who really said it, and says to whom and by whom it was misattributed", async ({
    page,
  }) => {
    await signIn(page);
    const text = `Chips are the new oil, ${unique("m")}.`;
    const claim = await addQuote(page, text, {
      status: "MISATTRIBUTED",
      misattributedBy: { slug: "guancha" },
      misattributionEvidence: "No such line in any of his talks.",
    });
    await page.goto(claimPath(claim));
    await expect(page.getByTestId("claim-speaker")).toHaveText("Unknown speaker");
    const notice = page.getByTestId("misattribution");
    await expect(notice).toContainText("Misattributed to Jensen Huang by Guancha.");
    await expect(notice).toContainText("Who really said it is not known.");
    await expect(notice).toContainText("Evidence: No such line in any of his talks.");
    await expect(page).toHaveTitle(/^Unknown speaker: /);
    const quotation = (await jsonLdOf(page))["@graph"][0]!;
    expect(quotation).not.toHaveProperty("spokenByCharacter");

    const patched = await page.request.patch(`/api/claims/${claim.id}`, {
      headers: SAME_ORIGIN,
      data: { version: claim.version, actualSpeaker: { slug: "li-yuan" }, reason: "Found the column." },
    });
    expect(patched.status(), await patched.text()).toBe(200);
    await page.goto(claimPath(claim));
    await expect(page.getByTestId("claim-speaker")).toHaveText("Li Yuan");
    await expect(page.getByTestId("misattribution")).toContainText("Li Yuan said it.");
    const graph = (await jsonLdOf(page))["@graph"];
    expect(namesOf(graph, graph[0]!.spokenByCharacter)).toEqual(["Li Yuan"]);

    await waitForHit(
      page.request,
      text,
      (hit) => (hit.misattribution as { actualSpeaker: { slug: string } | null } | null)?.actualSpeaker?.slug === "li-yuan",
    );
    await page.goto(`/?q=${encodeURIComponent(text)}`);
    const card = page.getByTestId("claim-card").first();
    await expect(card.getByTestId("speaker")).toHaveText("Li Yuan");
    await expect(card.getByTestId("card-misattribution")).toHaveText(
      "Misattributed to Jensen Huang by Guancha. Evidence: No such line in any of his talks.",
    );
  });

  test("VERIFIED_PRIMARY is refused in the edit form while no primary citation is found in a stored text", async ({ page }) => {
    await signIn(page);
    const claim = await addQuote(page, `Inference is the new training, ${unique("v")}.`, {});
    await page.goto(editClaimPath(claim));
    await page.getByLabel("Attribution", { exact: true }).selectOption("VERIFIED_PRIMARY");
    await page.getByLabel("Why this change (kept in the history)", { exact: true }).fill("Checked it.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.locator("#claim-status-error")).toContainText("can be VERIFIED_PRIMARY only when a primary citation is found");
  });

  test("a deprecated claim keeps its page, says why, points to the preferred record, and is found with a badge by rank", async ({
    page,
    request,
  }) => {
    await signIn(page);
    const preferredPath = await claimPathOf(request, "china-is-going-to-win-the-ai-race");
    const preferredId = Number(/\/claims\/(\d+)-/.exec(preferredPath)![1]);
    const text = `China will win the race for AI, ${unique("d")}.`;
    const claim = await addQuote(page, text, {});
    const linked = await page.request.post(`/api/claims/${claim.id}/relations`, {
      headers: SAME_ORIGIN,
      data: { toClaimId: preferredId, kind: "REPEATS", reason: "Same remark." },
    });
    expect(linked.status(), await linked.text()).toBe(201);
    const deprecated = await page.request.post(`/api/claims/${claim.id}/deprecate`, {
      headers: SAME_ORIGIN,
      data: { version: claim.version, reason: "Recorded twice: the FT record is preferred." },
    });
    expect(deprecated.status(), await deprecated.text()).toBe(200);

    const response = await page.goto(claimPath(claim));
    expect(response?.status()).toBe(200);
    const notice = page.getByTestId("deprecation");
    await expect(notice).toContainText("Deprecated: Recorded twice: the FT record is preferred.");
    await expect(notice.getByTestId("preferred-record")).toHaveAttribute("href", preferredPath);

    await waitForHit(page.request, text, (hit) => hit.rank === "DEPRECATED", "&rank=DEPRECATED");
    await page.goto(`/?q=${encodeURIComponent(text)}&rank=DEPRECATED`);
    const card = page.getByTestId("claim-card").first();
    await expect(card.getByTestId("deprecated-badge")).toHaveText("Deprecated");
    await expect(card.getByTestId("deprecated-reason")).toHaveText("Deprecated: Recorded twice: the FT record is preferred.");
  });
});

test.describe("figures and recordings", () => {
  test("a figure from a dataset is shown as a value and what it measures, never in quotation marks, and exported as a figure", async ({
    page,
    request,
  }) => {
    const path = await claimPathOf(request, "qwen-385-3m-downloads-overtakes-llama-346-2m");
    await page.goto(path);
    const figure = page.getByTestId("citation-figure");
    await expect(figure).toHaveText("Figure · cumulative downloads on Hugging Face, October 2025: Qwen 385.3 million; Llama 346.2 million");
    await expect(figure.locator("q")).toHaveCount(0);
    await expect(page.locator("blockquote", { hasText: "Qwen 385.3 million" })).toHaveCount(0);
    await expect(page.getByTestId("relay-figure").first()).toContainText("Qwen 385.3 million; Llama 346.2 million");
    const csl = (await (await request.get(`${path}/cite?format=csl-json`)).json()) as { note: string }[] | { note: string };
    const note = (Array.isArray(csl) ? csl[0]! : csl).note;
    expect(note).toContain(
      "Figure cited for ATOM Project: cumulative downloads on Hugging Face, October 2025, Qwen 385.3 million; Llama 346.2 million.",
    );
    expect(note).not.toContain("“Qwen");
  });

  test("a citation of a stretch of a recording opens it there (#t=start,end) and shows the time range", async ({ page }) => {
    await signIn(page);
    const text = `Open models win on cost, ${unique("t")}.`;
    const claim = await addQuote(page, text, {}, { startSeconds: 65, endSeconds: 90 });
    await page.goto(claimPath(claim));
    const citation = page.getByTestId("citation");
    await expect(citation.getByTestId("citation-locator")).toHaveText("01:05–01:30");
    const link = citation.getByTestId("citation-text-link");
    await expect(link).toHaveAttribute("href", /^https:\/\/example\.org\/e2e\/[^#]+#t=65,90$/);
    await expect(link).toContainText("Play the source at 01:05–01:30");
  });
});

test.describe("verification against the primary", () => {
  test("a verified claim whose anchored primary citation is deprecated is ranked down, says why beside its status, and is listed for editors", async ({
    page,
  }) => {
    await signIn(page);
    const sources = (await (await page.request.get("/api/sources?limit=100")).json()) as { items: { id: number; title: string }[] };
    const article = sources.items.find((source) => source.title.startsWith("[Authorised republication"))!;
    const statement = `The article is republished with permission, ${unique("v")}.`;
    const created = await page.request.post("/api/claims", {
      headers: SAME_ORIGIN,
      data: {
        speaker: { slug: "guancha" },
        statements: [{ lang: "en", text: statement }],
        status: "VERIFIED_PRIMARY",
        citations: [{ source: { id: article.id }, role: "PRIMARY", exact: "本文獲《觀察者網》授權刊載。" }],
        reason: "Checked against the stored text.",
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const claim = (await created.json()) as { id: number; slug: string };
    await page.goto(claimPath(claim));
    await expect(page.getByTestId("assessment-status").getByTestId("status-badge")).toHaveText("Verified against the primary source");
    await expect(page.getByTestId("verification-lost")).toHaveCount(0);

    type CitationRow = { id: number; version: number; claimId: number | null };
    let citation: CitationRow | undefined;
    for (let after: number | null = 0; !citation && after !== null;) {
      const listed = (await (await page.request.get(`/api/citations?limit=100&after=${after}`)).json()) as {
        items: CitationRow[];
        next: number | null;
      };
      citation = listed.items.find((candidate) => candidate.claimId === claim.id);
      after = listed.next;
    }
    if (!citation) throw new Error("the new claim's citation is not listed");
    const deprecated = await page.request.post(`/api/citations/${citation.id}/deprecate`, {
      headers: SAME_ORIGIN,
      data: { version: citation.version, reason: "Wrong paragraph." },
    });
    expect(deprecated.status(), await deprecated.text()).toBe(200);

    await page.goto(claimPath(claim));
    await expect(page.getByTestId("assessment-status").getByTestId("status-badge")).toHaveText("Sourced, not checked against the primary");
    await expect(page.getByTestId("verification-lost")).toHaveText(
      `Verification lost: no primary citation of this claim is found in its source's stored text any more, since citation ${citation.id} was deprecated.`,
    );
    await waitForHit(page.request, statement, (hit) => hit.status === "SOURCED_UNVERIFIED");

    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Flagged" }).click();
    await expect(page).toHaveURL(new RegExp(`${FLAGGED_PATH}$`));
    const flagged = page.getByTestId("flagged-claim").filter({ hasText: statement });
    await expect(flagged).toContainText(`since citation ${citation.id} was deprecated.`);
    await expect(flagged.getByRole("link")).toHaveAttribute("href", claimPath(claim));
  });
});
