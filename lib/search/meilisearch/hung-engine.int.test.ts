import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createActors, huangQuote } from "../../testing/editing-fixtures";
import { createApiToken } from "../../auth/api-tokens";
import { resetDatabase } from "../../testing/test-database";
import { startHungServer } from "../../testing/meilisearch/hung-server";

// MEILI_URL names a server that accepts connections and never answers. Search must say it is
// unavailable within 2 s, /api/health must say so too, and edits must still save, their
// duplicate check falling back to the database.
const hung = await startHungServer();
const { url, poolMax } = inject("database");
Object.assign(process.env, {
  DATABASE_URL: url,
  DATABASE_POOL_MAX: String(poolMax),
  MEILI_URL: hung.url,
  MEILI_ADMIN_KEY: "unused",
  SEARCH_WORKER: "off",
});
delete (globalThis as { claimtrailSearchEngine?: unknown }).claimtrailSearchEngine;

const { db } = await import("../../db/client");
const { GET: search } = await import("@/app/api/search/route");
const { GET: health } = await import("@/app/api/health/route");
const { POST: postQuote } = await import("@/app/api/quotes/route");
const { NextRequest } = await import("next/server");

const ORIGIN = "http://localhost:3000";
const DEADLINE_MS = 2_000;
let token: string;

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

const postQuoteAs = (body: unknown) =>
  postQuote(
    new Request(`${ORIGIN}/api/quotes`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "sec-fetch-site": "same-origin",
        host: new URL(ORIGIN).host,
        origin: ORIGIN,
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );

beforeAll(async () => {
  await resetDatabase(db());
  const actors = await createActors(db());
  token = (await createApiToken(db(), actors.admin, { userId: actors.editor!.userId, name: "editor script" })).token;
});

afterAll(async () => {
  await db().$disconnect();
  await hung.close();
});

describe("a Meilisearch server that never answers", () => {
  it("search answers 503 search_unavailable within 2 s", async () => {
    const { value: response, ms } = await timed(() => search(new NextRequest(`${ORIGIN}/api/search?q=qwen`)));
    expect(ms).toBeLessThan(DEADLINE_MS);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: { code: "search_unavailable", message: expect.stringContaining("Search is unavailable") },
    });
  });

  it("/api/health reports the engine unavailable within 2 s, the database still ok", async () => {
    const { value: response, ms } = await timed(() => health());
    expect(ms).toBeLessThan(DEADLINE_MS);
    expect(await response.json()).toMatchObject({
      status: "degraded",
      database: "ok",
      search: { engine: "meilisearch", status: "unavailable" },
    });
  });

  it("edits still save, and the duplicate check still finds the speaker's own quote in the database", async () => {
    // Bounded by the search deadline; without one this waits for the socket (the test's timeout).
    expect((await postQuoteAs(huangQuote())).status).toBe(201);
    const again = await postQuoteAs(huangQuote({ speaker: { slug: "jensen-huang" } }));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: "duplicate", details: { candidates: [{ match: "same" }] } } });
    expect(await db().searchOutbox.count({ where: { processedAt: null } })).toBeGreaterThan(0);
  });

  it("start-up does not wait for it: the database is prepared and indexing left to the worker", async () => {
    const { prepareDatabase } = await import("../../../scripts/prepare-database");
    const lines: string[] = [];
    const { value: connection, ms } = await timed(() => prepareDatabase((line) => lines.push(line)));
    await connection.close();
    // The health check's deadline (2 s) and the migration check; without a deadline, the socket's.
    expect(ms).toBeLessThan(DEADLINE_MS + 8_000);
    expect(lines).toContainEqual(expect.stringMatching(/^search engine \(meilisearch\) unavailable, indexing left to the worker/));
  });
});
