import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createApiToken } from "../auth/api-tokens";
import { createActors } from "../testing/editing-fixtures";
import { startFaultProxy } from "../testing/fault-proxy";
import { resetDatabase, useTestDatabase } from "../testing/test-database";

// The app's pool reaches the test database through a proxy on loopback that can freeze
// (a server that stops answering) and drop connections (a restart). Writes and health must
// answer a 503 with Retry-After within the pool's timeouts, never hang and never a 500, and
// no write that was acknowledged may be lost.
const { db: direct } = useTestDatabase();
const { url, poolMax } = inject("database");
const proxy = await startFaultProxy(url);
Object.assign(process.env, {
  DATABASE_URL: proxy.url,
  DATABASE_POOL_MAX: String(poolMax),
  DATABASE_CONNECT_TIMEOUT_MS: "1000",
  DATABASE_STATEMENT_TIMEOUT_MS: "1500",
  DATABASE_QUERY_TIMEOUT_MS: "2000",
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: "2000",
});
const { db } = await import("./client");
const { POST: postSource } = await import("@/app/api/sources/route");
const { GET: health } = await import("@/app/api/health/route");

const ORIGIN = "http://localhost:3000"; // a script with an API token: no browser headers
const noParams = { params: Promise.resolve({}) };
let token = "";
let written = 0;

function writeSource() {
  const n = ++written;
  const request = new Request(`${ORIGIN}/api/sources`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ type: "ARTICLE", title: `Outage test ${n}`, lang: "en", url: `https://example.com/outage/${n}` }),
  });
  return postSource(request, noParams);
}

/** Health, asked at most `attempts` times a quarter second apart, until the database answers. */
async function healthyWithin(attempts: number): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if ((await health()).status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

beforeAll(async () => {
  await resetDatabase(direct);
  const actors = await createActors(direct);
  token = (await createApiToken(direct, actors.admin, { userId: actors.editor!.userId, name: "outage script" })).token;
});

afterAll(async () => {
  proxy.thaw();
  await db().$disconnect();
  await proxy.close();
});

describe("a database outage", () => {
  it("answers writes and health with 503 and Retry-After while the database is frozen", { timeout: 15_000 }, async () => {
    expect((await writeSource()).status).toBe(201);
    proxy.freeze();
    const [write, check] = await Promise.all([writeSource(), health()]);
    expect(write.status).toBe(503);
    expect(write.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await write.json()).toEqual({ error: { code: "unavailable", message: expect.stringMatching(/temporarily unavailable/) } });
    expect(check.status).toBe(503);
    expect(await check.json()).toMatchObject({ database: "unreachable" });
    proxy.thaw();
    proxy.dropConnections();
    expect(await healthyWithin(40)).toBe(true);
    expect((await writeSource()).status).toBe(201);
  });

  it("answers 503, never 500, to writes cut off by a restart, and loses none it acknowledged", { timeout: 20_000 }, async () => {
    const burst = Array.from({ length: 24 }, (_, i) => new Promise<Response>((resolve) => setTimeout(resolve, i * 20)).then(writeSource));
    setTimeout(() => {
      proxy.refuse(true);
      proxy.dropConnections();
      setTimeout(() => proxy.refuse(false), 300);
    }, 150);
    const responses = await Promise.all(burst);
    const statuses = responses.map((response) => response.status);
    expect(statuses.every((status) => status === 201 || status === 503)).toBe(true);
    expect(statuses).toContain(503);
    const acknowledged = await Promise.all(
      responses.filter((r) => r.status === 201).map(async (r) => ((await r.json()) as { id: number }).id),
    );
    const stored = await direct.source.findMany({ where: { id: { in: acknowledged } }, select: { id: true } });
    expect(stored).toHaveLength(acknowledged.length);

    expect(await healthyWithin(40)).toBe(true);
    expect((await writeSource()).status).toBe(201);
  });
});
