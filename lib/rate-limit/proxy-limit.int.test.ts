import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { resetDatabase } from "../testing/test-database";

// proxy.ts counts a read under the address the HTTP server handed on: without a trusted
// proxy that is the socket's (Next.js fills x-forwarded-for with it once the client's own is
// gone, lib/http/forwarding-at-server.ts), never one shared "unknown" key.
const { url, poolMax } = inject("database");
Object.assign(process.env, { DATABASE_URL: url, DATABASE_POOL_MAX: String(poolMax), CLAIMTRAIL_READ_LIMIT_PER_MINUTE: "2" });
delete process.env.CLAIMTRAIL_TRUSTED_PROXY;
const { db } = await import("../db/client");
const { proxy } = await import("../../proxy");
const { appReadCounts } = await import("./app-limiter");

const fromSocket = (address: string) =>
  new NextRequest("http://localhost:3000/api/search?q=qwen", { headers: { "x-forwarded-for": address } });

describe("the read limit in proxy.ts", () => {
  beforeAll(() => resetDatabase(db()));
  afterAll(() => db().$disconnect());

  it("counts each client under its own socket address, and refuses one over the limit", async () => {
    for (let i = 0; i < 2; i++) expect((await proxy(fromSocket("198.51.100.20"))).status).toBe(200);
    const refused = await proxy(fromSocket("198.51.100.20"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await proxy(fromSocket("198.51.100.21"))).status).toBe(200);
    await appReadCounts().flush();
    const keys = (await db().readRateLimit.findMany({ orderBy: { key: "asc" } })).map((row) => [row.key, row.count]);
    expect(keys).toEqual([
      ["ip:198.51.100.20", 3],
      ["ip:198.51.100.21", 1],
    ]);
  });
});
