import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createApiToken } from "../auth/api-tokens";
import { db } from "../db/client";
import { addHuangQuote, createActors, huangQuote, type RoleName } from "../testing/editing-fixtures";
import { resetDatabase } from "../testing/test-database";
import { createClaim } from "../claims/create-claim";
import { updateClaim } from "../claims/update-claim";

// GET /api/<records>/:id and the lists, through the route handlers, as scripts call them.

const { url, poolMax } = inject("database");
process.env.DATABASE_URL = url;
process.env.DATABASE_POOL_MAX = String(poolMax);

const routes = {
  claim: await import("@/app/api/claims/[id]/route"),
  quote: await import("@/app/api/quotes/[id]/route"),
  source: await import("@/app/api/sources/[id]/route"),
  entity: await import("@/app/api/entities/[id]/route"),
  citation: await import("@/app/api/citations/[id]/route"),
};
const lists = {
  claim: await import("@/app/api/claims/route"),
  quote: await import("@/app/api/quotes/route"),
  citation: await import("@/app/api/citations/route"),
  source: await import("@/app/api/sources/route"),
};

const tokens: Partial<Record<RoleName, string>> = {};
const ids: Record<string, number> = {};
let actors: Awaited<ReturnType<typeof createActors>>;

async function get(
  route: { GET: (request: Request, context: never) => Promise<Response> },
  path: string,
  role: RoleName,
  id = "",
  conditions: Record<string, string> = {},
) {
  const headers = { ...conditions, ...(tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {}) };
  const response = await route.GET(new Request(`http://localhost:3000${path}`, { headers }), { params: Promise.resolve({ id }) } as never);
  const text = await response.text();
  return {
    status: response.status,
    cache: response.headers.get("cache-control"),
    etag: response.headers.get("etag"),
    lastModified: response.headers.get("last-modified"),
    body: (text ? JSON.parse(text) : null) as Record<string, any>,
  };
}

const PUBLIC = "public, max-age=60, s-maxage=60, stale-while-revalidate=300";

beforeAll(async () => {
  await resetDatabase(db());
  actors = await createActors(db());
  for (const role of ["reader", "editor"] as const) {
    tokens[role] = (await createApiToken(db(), actors.admin, { userId: actors[role]!.userId, name: role })).token;
  }
  const published = await addHuangQuote(db(), actors.editor);
  const { speakerId } = await db().claim.findUniqueOrThrow({ where: { id: published.claim.id } });
  const draftInput = huangQuote({ citations: [], speaker: { id: speakerId }, quote: { text: "A draft line, never said.", lang: "en" } });
  const draft = await addHuangQuote(db(), actors.editor, {
    ...draftInput,
    claim: { create: { statements: [{ lang: "en", text: "A draft line, never said." }], state: "DRAFT" } },
  });
  Object.assign(ids, {
    claim: published.claim.id,
    quote: published.quote.id,
    citation: published.citations[0]!.id,
    source: published.citations[0]!.sourceId,
    entity: speakerId,
    draftClaim: draft.claim.id,
    draftQuote: draft.quote.id,
  });
});

afterAll(() => db().$disconnect());

describe("API reads", () => {
  it("return each record with its version, to anyone, cacheable briefly when nobody signed in", async () => {
    for (const type of ["claim", "quote", "source", "entity", "citation"] as const) {
      const read = await get(routes[type], `/api/x/${ids[type]}`, "none", String(ids[type]));
      expect(read).toMatchObject({
        status: 200,
        cache: PUBLIC,
        etag: expect.stringMatching(new RegExp(`^W/"${type}${ids[type]}v1t\\d+"$`)),
        body: { id: ids[type], version: 1 },
      });
      expect((await get(routes[type], `/api/x/${ids[type]}`, "editor", String(ids[type]))).cache).toBe("private, no-store");
    }
    expect((await get(routes.quote, "/api/quotes/x", "none", String(ids.quote))).body.translations).toHaveLength(1);
  });

  it("find an entity by slug too, and answer 404 for what does not exist", async () => {
    expect(await get(routes.entity, "/api/entities/jensen-huang", "none", "jensen-huang")).toMatchObject({
      status: 200,
      body: { id: ids.entity, slug: "jensen-huang" },
    });
    expect(await get(routes.entity, "/api/entities/nobody", "none", "nobody")).toMatchObject({
      status: 404,
      cache: "no-store",
      body: { error: { code: "not_found" } },
    });
    expect((await get(routes.quote, "/api/quotes/abc", "none", "abc")).status).toBe(404);
  });

  it("show drafts to editors only", async () => {
    for (const role of ["none", "reader"] as const) {
      expect((await get(routes.claim, "/api/claims/x", role, String(ids.draftClaim))).status).toBe(404);
      expect((await get(routes.quote, "/api/quotes/x", role, String(ids.draftQuote))).status).toBe(404);
      expect((await get(lists.quote, "/api/quotes", role)).body.items.map((quote: { id: number }) => quote.id)).toEqual([ids.quote]);
    }
    expect(await get(routes.claim, "/api/claims/x", "editor", String(ids.draftClaim))).toMatchObject({
      status: 200,
      body: { state: "DRAFT" },
    });
    expect((await get(lists.claim, "/api/claims", "editor")).body.items).toHaveLength(2);
  });

  it("page lists by id, and refuse a bad page with invalid_input", async () => {
    const first = await get(lists.claim, "/api/claims?limit=1", "editor");
    expect(first.body).toMatchObject({ items: [{ id: ids.claim }], next: ids.claim });
    const second = await get(lists.claim, `/api/claims?limit=1&after=${first.body.next}`, "editor");
    expect(second.body).toMatchObject({ items: [{ id: ids.draftClaim }], next: ids.draftClaim });
    expect((await get(lists.claim, `/api/claims?limit=1&after=${ids.draftClaim}`, "editor")).body).toEqual({ items: [], next: null });
    expect((await get(lists.citation, "/api/citations", "none")).body.items).toHaveLength(1);
    expect(await get(lists.claim, "/api/claims?limit=0", "none")).toMatchObject({
      status: 400,
      body: { error: { code: "invalid_input", fields: { limit: expect.any(String) } } },
    });
  });

  it("show a citation of a claim as a whole to everyone, editors too", async () => {
    const whole = await createClaim(db(), actors.editor, {
      speaker: { id: ids.entity },
      statements: [{ lang: "en", text: "A figure cited as a whole." }],
      citations: [{ source: { id: ids.source }, role: "PRIMARY", kind: "FIGURE", measure: "a count", exact: "17" }],
      reason: "test",
    });
    const citation = await db().citation.findFirstOrThrow({ where: { claimId: whole.id } });
    for (const role of ["none", "reader", "editor"] as const) {
      expect(await get(routes.citation, "/api/citations/x", role, String(citation.id))).toMatchObject({
        status: 200,
        body: { id: citation.id, claimId: whole.id },
      });
      expect((await get(lists.citation, "/api/citations", role)).body.items.map((item: { id: number }) => item.id)).toContain(citation.id);
    }
  });
});

describe("conditional API reads", () => {
  it("answer 304 to a repeat with the ETag or the date, and 200 after an edit raises the version", async () => {
    const path = `/api/claims/${ids.claim}`;
    const first = await get(routes.claim, path, "none", String(ids.claim));
    expect(await get(routes.claim, path, "none", String(ids.claim), { "if-none-match": first.etag! })).toMatchObject({
      status: 304,
      etag: first.etag,
      cache: PUBLIC,
      body: null,
    });
    expect((await get(routes.claim, path, "none", String(ids.claim), { "if-none-match": `W/"other", ${first.etag}` })).status).toBe(304);
    expect((await get(routes.claim, path, "none", String(ids.claim), { "if-modified-since": first.lastModified! })).status).toBe(304);

    await updateClaim(db(), actors.editor, ids.claim!, {
      version: first.body.version as number,
      reason: "Sharper wording.",
      statements: [{ lang: "en", text: "China will win the AI race, Huang says." }],
    });
    const edited = await get(routes.claim, path, "none", String(ids.claim), { "if-none-match": first.etag! });
    expect(edited).toMatchObject({ status: 200, body: { version: first.body.version + 1 } });
    expect(edited.etag).not.toBe(first.etag);
  });

  it("validate a list page by its rows", async () => {
    const first = await get(lists.source, "/api/sources", "none");
    expect((await get(lists.source, "/api/sources", "none", "", { "if-none-match": first.etag! })).status).toBe(304);
    expect((await get(lists.source, "/api/sources?limit=1&after=999999", "none", "", { "if-none-match": first.etag! })).status).toBe(200);
  });
});
