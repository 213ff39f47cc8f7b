import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { inject } from "vitest";
import { createApiToken } from "../auth/api-tokens";
import { db } from "../db/client";
import { putSourceSnapshot } from "../sources/source-snapshot";
import { resetDatabase } from "../testing/test-database";
import { createActors, huangQuote, type RoleName } from "../testing/editing-fixtures";

// The route handlers against the test database: that each maps its outcome to the one error
// shape and status. Callers authenticate as scripts do, with personal API tokens.
const tokens: Partial<Record<RoleName, string>> = {};

const { url, poolMax } = inject("database");
process.env.DATABASE_URL = url;
process.env.DATABASE_POOL_MAX = String(poolMax);

const { POST: postQuote } = await import("@/app/api/quotes/route");
const { PATCH: patchQuote } = await import("@/app/api/quotes/[id]/route");
const { POST: postCitation } = await import("@/app/api/quotes/[id]/citations/route");
const { POST: deprecateQuote } = await import("@/app/api/quotes/[id]/deprecate/route");
const { POST: deprecateSource } = await import("@/app/api/sources/[id]/deprecate/route");
const { POST: deprecateEntity } = await import("@/app/api/entities/[id]/deprecate/route");
const { POST: deprecateCitation } = await import("@/app/api/citations/[id]/deprecate/route");
const { PATCH: patchCitation } = await import("@/app/api/citations/[id]/route");
const { POST: postSource } = await import("@/app/api/sources/route");
const { PATCH: patchClaim } = await import("@/app/api/claims/[id]/route");
const { GET: getRevisions } = await import("@/app/api/revisions/route");
const { POST: restore } = await import("@/app/api/revisions/[id]/restore/route");
const { GET: getOpenApi } = await import("@/app/api/openapi.json/route");

const ORIGIN = "http://localhost:3000";
const noParams = { params: Promise.resolve({}) };
const withId = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

interface RequestOptions {
  role?: RoleName;
  body?: unknown;
  method?: string;
  headers?: Record<string, string>;
}

function request(path: string, { role = "editor", body, method = "POST", headers = {} }: RequestOptions = {}) {
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      "sec-fetch-site": "same-origin",
      host: new URL(ORIGIN).host,
      origin: ORIGIN,
      ...(tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {}),
      ...headers,
    },
    body: typeof body === "string" ? body : body === undefined ? undefined : JSON.stringify(body),
  });
}

const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as Record<string, any> });

let quoteId: number;

beforeAll(async () => {
  await resetDatabase(db());
  const actors = await createActors(db());
  for (const role of ["reader", "editor", "admin"] as const) {
    tokens[role] = (await createApiToken(db(), actors.admin, { userId: actors[role]!.userId, name: `${role} script` })).token;
  }
  const created = await json(await postQuote(request("/api/quotes", { body: huangQuote() }), noParams));
  expect(created.status).toBe(201);
  quoteId = created.body.quote.id;
});

afterAll(() => db().$disconnect());

describe("write routes", () => {
  it("refuse a cross-site request with 403 before anything else", async () => {
    const response = await json(
      await postQuote(
        request("/api/quotes", { body: huangQuote(), headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" } }),
        noParams,
      ),
    );
    expect(response).toEqual({ status: 403, body: { error: { code: "forbidden", message: "Cross-site requests are not accepted." } } });
    // No Sec-Fetch-Site: the Origin alone must match the host the page was served from.
    const spoofed = await postQuote(
      request("/api/quotes", {
        body: huangQuote(),
        headers: { "sec-fetch-site": "", origin: "http://evil.example", host: "localhost:3000" },
      }),
      noParams,
    );
    expect(spoofed.status).toBe(403);
  });

  it("accept a same-origin write from a page served at another host than Next's internal address", async () => {
    const page = { "sec-fetch-site": "same-origin", host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" };
    // An empty body passes the origin check and stops at validation: 400, not 403.
    const response = await json(await postQuote(request("/api/quotes", { body: {}, headers: page }), noParams));
    expect(response).toMatchObject({ status: 400, body: { error: { code: "invalid_input" } } });
  });

  it("answer 401 to nobody and 403 to a reader", async () => {
    expect(
      (
        await json(
          await patchQuote(
            request(`/api/quotes/${quoteId}`, { role: "none", method: "PATCH", body: { version: 1, reason: "r", text: "x" } }),
            withId(quoteId),
          ),
        )
      ).status,
    ).toBe(401);
    const reader = await json(
      await patchQuote(
        request(`/api/quotes/${quoteId}`, { role: "reader", method: "PATCH", body: { version: 1, reason: "r", text: "x" } }),
        withId(quoteId),
      ),
    );
    expect(reader).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
  });

  it("answer invalid JSON with 400 invalid_input, and an invalid body with 400 and its fields", async () => {
    expect(await json(await postSource(request("/api/sources", { body: "{not json" }), noParams))).toMatchObject({
      status: 400,
      body: { error: { code: "invalid_input", fields: { _: "not valid JSON" } } },
    });
    const invalid = await json(
      await postSource(
        request("/api/sources", { body: { type: "BOOK", title: "", lang: "en", url: "mailto:x@y.z", version: 2 } }),
        noParams,
      ),
    );
    expect(invalid).toEqual({
      status: 400,
      body: {
        error: {
          code: "invalid_input",
          message: "Some fields are not valid.",
          fields: {
            type: expect.stringContaining("must be one of"),
            title: "must not be empty",
            url: "must be an http or https address",
            version: "is not a field you can set",
          },
        },
      },
    });
  });

  it("answer VERIFIED_PRIMARY without an anchored primary citation with 400 naming the status", async () => {
    const quote = huangQuote({ confirmNotDuplicate: true, speaker: { slug: "jensen-huang" } });
    const body = { ...quote, claim: { create: { ...quote.claim.create!, status: "VERIFIED_PRIMARY" } } };
    const response = await json(await postQuote(request("/api/quotes", { body }), noParams));
    expect(response).toMatchObject({
      status: 400,
      body: { error: { code: "invalid_input", fields: { "claim.create.status": expect.stringContaining("stored text") } } },
    });
  });

  it("answer words that are not in the source's stored text with 400 naming exact, on every write of a citation", async () => {
    const citation = await db().citation.findFirstOrThrow({ where: { quoteId } });
    const text = "Jensen Huang, in the interview: China is going to win the AI race. He then said more.";
    await db().$transaction((tx) =>
      putSourceSnapshot(tx, null, citation.sourceId, { text, capturedAt: "2025-11-06", origin: "TRANSCRIPT" }),
    );
    const invented = "China has already won the AI race";
    const notInText = { status: 400, body: { error: { code: "invalid_input" } } };
    const added = await json(
      await postCitation(
        request(`/api/quotes/${quoteId}/citations`, { body: { source: { id: citation.sourceId }, role: "RELAY", exact: invented } }),
        withId(quoteId),
      ),
    );
    expect(added).toMatchObject(notInText);
    expect(Object.keys(added.body.error.fields)).toEqual(["exact"]);
    const quote = huangQuote({
      confirmNotDuplicate: true,
      speaker: { slug: "jensen-huang" },
      citations: [{ source: { id: citation.sourceId }, role: "PRIMARY", exact: invented }],
    });
    const posted = await json(await postQuote(request("/api/quotes", { body: quote }), noParams));
    expect(posted).toMatchObject(notInText);
    expect(Object.keys(posted.body.error.fields)).toEqual(["citations.0.exact"]);
    const patched = await json(
      await patchCitation(
        request(`/api/citations/${citation.id}`, { method: "PATCH", body: { version: citation.version, exact: invented, reason: "r" } }),
        withId(citation.id),
      ),
    );
    expect(patched).toMatchObject(notInText);
    expect(Object.keys(patched.body.error.fields)).toEqual(["exact"]);
    expect(await db().citation.findUniqueOrThrow({ where: { id: citation.id } })).toMatchObject({
      exact: citation.exact,
      version: citation.version,
      anchorCloseness: 1,
    });
    await db().sourceSnapshot.delete({ where: { sourceId: citation.sourceId } });
  });

  it("answer 404 for an id that names no record", async () => {
    expect((await json(await patchQuote(request("/api/quotes/abc", { method: "PATCH", body: {} }), withId("abc")))).status).toBe(404);
    expect(
      (
        await json(
          await postCitation(request("/api/quotes/999/citations", { body: { source: { id: 1 }, role: "RELAY", exact: "x" } }), withId(999)),
        )
      ).status,
    ).toBe(404);
  });

  it("answer a duplicate quote and a known address with 409 and what already exists", async () => {
    const duplicate = await json(
      await postQuote(request("/api/quotes", { body: huangQuote({ speaker: { slug: "jensen-huang" } }) }), noParams),
    );
    expect(duplicate).toMatchObject({
      status: 409,
      body: { error: { code: "duplicate", details: { candidates: [{ quoteId, match: "same" }] } } },
    });
    const source = await json(
      await postSource(
        request("/api/sources", {
          body: { type: "ARTICLE", title: "Again", lang: "en", url: "https://www.ft.com/content/huang-interview?utm_medium=x" },
        }),
        noParams,
      ),
    );
    expect(source).toMatchObject({
      status: 409,
      body: { error: { code: "duplicate", details: { existingId: expect.any(Number) }, fields: { url: expect.any(String) } } },
    });
  });

  it("answer a stale version with 409 conflict, the current record and the changed fields", async () => {
    const ok = await json(
      await patchQuote(
        request(`/api/quotes/${quoteId}`, {
          method: "PATCH",
          body: { version: 1, reason: "Fix", text: "China is going to win the AI race!" },
        }),
        withId(quoteId),
      ),
    );
    expect(ok).toMatchObject({ status: 200, body: { version: 2 } });
    const stale = await json(
      await patchQuote(
        request(`/api/quotes/${quoteId}`, {
          role: "admin",
          method: "PATCH",
          body: { version: 1, reason: "Other fix", spokenLang: "zh-Hant" },
        }),
        withId(quoteId),
      ),
    );
    expect(stale).toMatchObject({
      status: 409,
      body: { error: { code: "conflict", details: { current: { version: 2 }, changedFields: ["text"] } } },
    });
  });

  it("answer 422 when a change breaks a rule", async () => {
    const claimId = (await db().quote.findUniqueOrThrow({ where: { id: quoteId } })).claimId;
    const response = await json(
      await patchClaim(
        request(`/api/claims/${claimId}`, { method: "PATCH", body: { version: 1, reason: "same", state: "PUBLISHED" } }),
        withId(claimId),
      ),
    );
    expect(response).toMatchObject({ status: 422, body: { error: { code: "unprocessable" } } });
  });

  it("deprecate, list the history and restore", async () => {
    expect(
      (
        await json(
          await deprecateQuote(request(`/api/quotes/${quoteId}/deprecate`, { body: { version: 2, reason: "Wrong" } }), withId(quoteId)),
        )
      ).status,
    ).toBe(200);
    const history = await json(
      await getRevisions(request(`/api/revisions?recordType=quote&recordId=${quoteId}`, { method: "GET", role: "none" }), noParams),
    );
    expect(history.body.revisions.map((revision: { action: string }) => revision.action)).toEqual(["CREATE", "UPDATE", "DEPRECATE"]);
    const first = history.body.revisions[0].id as number;
    expect(
      await json(await restore(request(`/api/revisions/${first}/restore`, { body: { version: 3, reason: "Undo" } }), withId(first))),
    ).toMatchObject({ status: 200, body: { version: 4, deprecatedAt: null } });
    expect((await json(await getRevisions(request("/api/revisions?recordType=user&recordId=1", { method: "GET" }), noParams))).status).toBe(
      400,
    );
  });

  it("deprecate sources, entities and citations, with a reason, for editors only", async () => {
    const citation = await db().citation.findFirstOrThrow({ where: { quoteId } });
    const source = await db().source.findUniqueOrThrow({ where: { id: citation.sourceId } });
    const entity = await db().entity.findUniqueOrThrow({ where: { slug: "jensen-huang" } });
    const cases = [
      { route: deprecateSource, path: `/api/sources/${source.id}/deprecate`, id: source.id, version: source.version },
      { route: deprecateEntity, path: `/api/entities/${entity.id}/deprecate`, id: entity.id, version: entity.version },
      { route: deprecateCitation, path: `/api/citations/${citation.id}/deprecate`, id: citation.id, version: citation.version },
    ];
    for (const { route, path, id, version } of cases) {
      expect((await json(await route(request(path, { role: "reader", body: { version, reason: "Wrong" } }), withId(id)))).status).toBe(403);
      expect((await json(await route(request(path, { body: { version } }), withId(id)))).body.error.fields).toHaveProperty("reason");
      const done = await json(await route(request(path, { body: { version, reason: "Withdrawn" } }), withId(id)));
      expect(done).toMatchObject({ status: 200, body: { version: version + 1, deprecatedAt: expect.any(String) } });
    }
  });

  it("hide what went wrong when it was not expected", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    // A real database failure: the table the write needs is gone for the moment.
    await db().$executeRawUnsafe(`ALTER TABLE citations RENAME TO citations_offline`);
    try {
      const response = await json(
        await postCitation(
          request(`/api/quotes/${quoteId}/citations`, { body: { source: { id: 1 }, role: "RELAY", exact: "x" } }),
          withId(quoteId),
        ),
      );
      expect(response).toEqual({ status: 500, body: { error: { code: "internal", message: "Something went wrong; please try again." } } });
      expect(JSON.stringify(response.body)).not.toMatch(/citations|relation|prisma/i);
      expect(logged).toHaveBeenCalled();
    } finally {
      await db().$executeRawUnsafe(`ALTER TABLE citations_offline RENAME TO citations`);
      logged.mockRestore();
    }
  });
});

describe("GET /api/openapi.json", () => {
  it("describes every write endpoint from the validating schemas", async () => {
    const document = (await (await getOpenApi()).json()) as Record<string, any>;
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/quotes", "/api/quotes/{id}/citations", "/api/revisions/{id}/restore", "/api/citations/{id}"]),
    );
    expect(document.paths["/api/quotes"].post.requestBody.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/CreateSourcedQuote",
    });
    const schema = document.components.schemas.CreateSourcedQuote;
    expect(schema).toMatchObject({ type: "object", additionalProperties: false, required: ["quote", "claim"] });
    expect(schema.$schema).toBeUndefined();
    for (const records of ["claims", "quotes", "sources", "entities", "citations"]) {
      expect(document.paths[`/api/${records}`].get.parameters.map((parameter: { name: string }) => parameter.name)).toEqual([
        "after",
        "limit",
      ]);
      expect(document.paths[`/api/${records}/{id}`].get.responses["404"]).toBeDefined();
    }
    for (const match of JSON.stringify(document).matchAll(/"#\/components\/schemas\/([^"]+)"/g))
      expect(document.components.schemas).toHaveProperty([match[1]!]);
  });
});
