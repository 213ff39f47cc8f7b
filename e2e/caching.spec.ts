import { expect, test, type APIRequestContext } from "@playwright/test";
import { claimPath, searchPath } from "../lib/routes";
import { articleSourcePath, chinaRaceClaimPath } from "./support/reader-pages";
import { SAME_ORIGIN, signIn, unique } from "./support/editor";

// HTTP caching on the real app and its embedded database: validators from the records, 304s
// without a render or a new nonce, brief public lifetimes for readers, private for editors.

const PUBLIC = "public, max-age=60, s-maxage=60, stale-while-revalidate=300";
const varyFields = (vary: string | undefined) => (vary ?? "").split(",").map((field) => field.trim());

async function expectRevalidates(request: APIRequestContext, path: string) {
  const first = await request.get(path);
  expect(first.status()).toBe(200);
  const headers = first.headers();
  expect(headers["cache-control"]).toBe(PUBLIC);
  expect(headers["etag"]).toMatch(/^W\/".+"$/);
  expect(varyFields(headers["vary"])).toEqual(expect.arrayContaining(["Cookie", "Authorization"]));
  expect(new Date(headers["last-modified"]!).getTime()).not.toBeNaN();

  const again = await request.get(path, { headers: { "If-None-Match": headers["etag"]! } });
  expect(again.status()).toBe(304);
  expect(again.headers()["etag"]).toBe(headers["etag"]);
  expect(again.headers()["cache-control"]).toBe(PUBLIC);
  // The stored page keeps the policy whose nonce its markup carries.
  expect(again.headers()["content-security-policy"]).toBeUndefined();
  expect(await again.body()).toHaveLength(0);

  const since = await request.get(path, { headers: { "If-Modified-Since": headers["last-modified"]! } });
  expect(since.status()).toBe(304);
}

test.describe("public pages", () => {
  test("the claim page sends a validator and answers a repeat with 304", async ({ request }) => {
    await expectRevalidates(request, await chinaRaceClaimPath(request));
  });

  test("the search, entity and source pages do too", async ({ request }) => {
    for (const path of [searchPath(), searchPath({ q: "China race" }), "/entities/jensen-huang", await articleSourcePath(request)]) {
      await expectRevalidates(request, path);
    }
  });

  test("a missing page is never stored", async ({ request }) => {
    const missing = await request.get("/claims/999999-no-such-claim");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["cache-control"]).toMatch(/no-store/);
    expect(missing.headers()["etag"]).toBeUndefined();
  });

  test("an edit changes the validator: the old copy is answered in full", async ({ page, request }) => {
    await signIn(page);
    const created = await page.request.post("/api/quotes", {
      headers: SAME_ORIGIN,
      data: {
        speaker: { create: { kind: "PERSON", name: `Ca ${unique("Che")}` } },
        quote: { text: `Caches make the web fast, ${unique("c")}.`, lang: "en" },
        claim: { create: { statements: [{ lang: "en", text: "Caches make the web fast." }], claimedAt: "2025-11" } },
        citations: [
          {
            source: { url: `https://example.org/e2e/${unique("cache")}`, create: { type: "ARTICLE", title: "Caches", lang: "en" } },
            role: "PRIMARY",
            exact: "Caches",
          },
        ],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { claim } = (await created.json()) as { claim: { id: number; slug: string } };
    const path = claimPath(claim);
    const { version } = (await (await request.get(`/api/claims/${claim.id}`)).json()) as { version: number };

    const before = await request.get(path);
    const etag = before.headers()["etag"]!;
    expect((await request.get(path, { headers: { "If-None-Match": etag } })).status()).toBe(304);

    const edited = await page.request.patch(`/api/claims/${claim.id}`, {
      headers: SAME_ORIGIN,
      data: { version, reason: "Plainer words.", statements: [{ lang: "en", text: "Caches make the web faster." }] },
    });
    expect(edited.status(), await edited.text()).toBe(200);
    const after = await request.get(path, { headers: { "If-None-Match": etag } });
    expect(after.status()).toBe(200);
    expect(after.headers()["etag"]).not.toBe(etag);
    expect(await after.text()).toContain("Caches make the web faster.");
  });

  test("a signed-in page is private and has no validator", async ({ page, request }) => {
    const path = await chinaRaceClaimPath(request);
    await signIn(page);
    const response = await page.request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    expect(response.headers()["etag"]).toBeUndefined();
  });

  test("the claim permalink varies with Accept as well", async ({ request }) => {
    expect(varyFields((await request.get(await chinaRaceClaimPath(request))).headers()["vary"])).toEqual(
      expect.arrayContaining(["Accept", "Cookie", "Authorization", "rsc"]),
    );
  });
});

test.describe("API reads", () => {
  test("answer a repeat with 304 and stay private with a session", async ({ page, request }) => {
    const path = `/api/entities/jensen-huang`;
    const first = await request.get(path);
    expect(first.headers()["cache-control"]).toBe(PUBLIC);
    expect((await request.get(path, { headers: { "If-None-Match": first.headers()["etag"]! } })).status()).toBe(304);
    await signIn(page);
    expect((await page.request.get(path)).headers()["cache-control"]).toBe("private, no-store");
  });
});
