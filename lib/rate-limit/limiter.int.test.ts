import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { inject } from "vitest";
import { actorFromHeaders } from "../auth/actor-from-headers";
import { createApiToken } from "../auth/api-tokens";
import { sanitizeForwardingHeaders } from "../auth/client-address";
import { createAccount, createTestAuth, signIn } from "../auth/test-support";
import { createPrismaClient, type Db } from "../db/client";
import { startFaultProxy, type FaultProxy } from "../testing/fault-proxy";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { COUNT_DEADLINE_MS, checkReadLimit, type ReadLimiter } from "./limiter";
import { ReadCounts, type ReadCountsOptions } from "./read-counts";

// The read limit against the real counter table: an address's first read counted in it at
// once and the next ones written a statement per interval, shared by every client of the
// database (a restarted app, another instance), keyed by the address as proxy.ts leaves it,
// editors never counted, and an unreachable counter never a refusal.

const { db, url } = useTestDatabase();
const { poolMax } = inject("database");
const auth = createTestAuth(db);
const actor = (headers: Headers) => actorFromHeaders(auth, db, headers);
/** A process's limiter; its pending reads are written when a test flushes them (or after `flushEveryMs`). */
const limiterOn = (client: Db, limit: number, options: ReadCountsOptions = { flushEveryMs: 600_000 }): ReadLimiter => ({
  db: () => client,
  policy: { limit, windowSeconds: 60 },
  counts: new ReadCounts(() => client, 60, options),
  actor,
});

/** A read as proxy.ts sees it from `address` behind a trusted proxy. */
function read(address: string, pathname = "/api/search", extra: Record<string, string> = {}, method = "GET") {
  const headers = new Headers({ "x-forwarded-for": `10.0.0.1, ${address}`, ...extra });
  sanitizeForwardingHeaders(headers, true);
  return { method, pathname, headers };
}

async function counterOf(key: string) {
  return db.readRateLimit.findUnique({ where: { key } });
}

describe("read rate limit", () => {
  beforeEach(() => resetDatabase(db));

  it("lets `limit` reads through in a window and refuses the next with the seconds to wait", async () => {
    const limiter = limiterOn(db, 5);
    for (let i = 0; i < 5; i++) expect(await checkReadLimit(limiter, read("198.51.100.7"))).toBeNull();
    const wait = await checkReadLimit(limiter, read("198.51.100.7", "/"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(120);
    // Another address has its own count.
    expect(await checkReadLimit(limiter, read("198.51.100.8"))).toBeNull();
    await limiter.counts.flush();
    expect((await counterOf("ip:198.51.100.7"))?.count).toBe(6);
  });

  it("loses no count when one address sends many reads at once (one upsert, no read-then-write)", async () => {
    const limiter = limiterOn(db, 1000);
    await Promise.all(Array.from({ length: 40 }, () => checkReadLimit(limiter, read("198.51.100.9"))));
    await limiter.counts.flush();
    expect((await counterOf("ip:198.51.100.9"))?.count).toBe(40);
  });

  it("counts a busy address in the process: its first read waits for the shared count, the next ones are written a statement at a time", async () => {
    const limiter = limiterOn(db, 5);
    expect(await checkReadLimit(limiter, read("198.51.100.16"))).toBeNull();
    expect((await counterOf("ip:198.51.100.16"))?.count).toBe(1);
    for (let i = 0; i < 4; i++) expect(await checkReadLimit(limiter, read("198.51.100.16"))).toBeNull();
    // Refused from the process's own count, before any of the last four reached Postgres.
    expect(await checkReadLimit(limiter, read("198.51.100.16"))).not.toBeNull();
    expect((await counterOf("ip:198.51.100.16"))?.count).toBe(1);
    await limiter.counts.flush();
    expect((await counterOf("ip:198.51.100.16"))?.count).toBe(6);
  });

  it("writes the pending reads by itself within its interval", async () => {
    const limiter = limiterOn(db, 100, { flushEveryMs: 50 });
    for (let i = 0; i < 3; i++) await checkReadLimit(limiter, read("198.51.100.17"));
    await vi.waitFor(async () => expect((await counterOf("ip:198.51.100.17"))?.count).toBe(3), { timeout: 2_000 });
  });

  it("shares the count between instances: one counts from what the other wrote", async () => {
    const first = limiterOn(db, 4);
    for (let i = 0; i < 3; i++) expect(await checkReadLimit(first, read("198.51.100.18"))).toBeNull();
    await first.counts.flush();
    const second = limiterOn(db, 4);
    expect(await checkReadLimit(second, read("198.51.100.18"))).toBeNull();
    expect(await checkReadLimit(second, read("198.51.100.18"))).not.toBeNull();
  });

  it("keeps the count across a restart: a new pool reads the counter the old one wrote", async () => {
    const before = createPrismaClient(url, poolMax);
    const stopped = limiterOn(before, 3);
    for (let i = 0; i < 3; i++) await checkReadLimit(stopped, read("198.51.100.10"));
    await stopped.counts.flush();
    await before.$disconnect();
    const after = createPrismaClient(url, poolMax);
    try {
      expect(await checkReadLimit(limiterOn(after, 3), read("198.51.100.10"))).not.toBeNull();
    } finally {
      await after.$disconnect();
    }
  });

  it("slides: the previous window weighs by its overlap, and a window without reads forgets", async () => {
    const limiter = limiterOn(db, 10);
    for (let i = 0; i < 10; i++) await checkReadLimit(limiter, read("198.51.100.11"));
    await limiter.counts.flush();
    // The ten reads were one window ago: they still overlap most of the last minute.
    await db.$executeRaw`UPDATE read_rate_limits SET window_started_at = window_started_at - interval '60 seconds' WHERE key = 'ip:198.51.100.11'`;
    // Each read from a process that has not seen the address since: counted in Postgres at once.
    await checkReadLimit(limiterOn(db, 10), read("198.51.100.11"));
    const carried = await counterOf("ip:198.51.100.11");
    expect({ count: carried?.count, previousCount: carried?.previousCount }).toEqual({ count: 1, previousCount: 10 });
    // Two windows ago: nothing of them is left.
    await db.$executeRaw`UPDATE read_rate_limits SET window_started_at = window_started_at - interval '120 seconds' WHERE key = 'ip:198.51.100.11'`;
    await checkReadLimit(limiterOn(db, 10), read("198.51.100.11"));
    const forgotten = await counterOf("ip:198.51.100.11");
    expect({ count: forgotten?.count, previousCount: forgotten?.previousCount }).toEqual({ count: 1, previousCount: 0 });
  });

  it("counts an IPv6 client by its /64, so a client cannot dodge the limit by changing its host bits", async () => {
    const limiter = limiterOn(db, 2);
    expect(await checkReadLimit(limiter, read("2001:db8:1:2::1"))).toBeNull();
    expect(await checkReadLimit(limiter, read("[2001:db8:1:2:ffff::9]:443"))).toBeNull();
    expect(await checkReadLimit(limiter, read("2001:db8:1:2:abcd::3"))).not.toBeNull();
    expect(await checkReadLimit(limiter, read("2001:db8:1:3::1"))).toBeNull();
    await limiter.counts.flush();
    expect((await counterOf("ip:2001:0db8:0001:0002::/64"))?.count).toBe(3);
  });

  it("counts only reads of public paths: not writes, not health checks, not sign-in", async () => {
    const limiter = limiterOn(db, 1);
    for (const [pathname, method] of [
      ["/api/quotes", "POST"],
      ["/api/health", "GET"],
      ["/sign-in", "GET"],
      ["/api/auth/get-session", "GET"],
    ] as const) {
      for (let i = 0; i < 3; i++) expect(await checkReadLimit(limiter, read("198.51.100.12", pathname, {}, method))).toBeNull();
    }
    expect(await counterOf("ip:198.51.100.12")).toBeNull();
  });

  it("never counts an editor (session or API token); a reader's account and a bad token count as anyone", async () => {
    const limiter = limiterOn(db, 1);
    const editorId = await createAccount(db, "editor@claimtrail.test", "EDITOR");
    await createAccount(db, "reader@claimtrail.test", "READER");
    const { token } = await createApiToken(db, { userId: editorId, role: "ADMIN" }, { userId: editorId, name: "reads" });
    const editorCookie = await signIn(auth, "editor@claimtrail.test");
    for (let i = 0; i < 3; i++) {
      expect(await checkReadLimit(limiter, read("198.51.100.13", "/", { cookie: editorCookie }))).toBeNull();
      expect(await checkReadLimit(limiter, read("198.51.100.13", "/api/search", { authorization: `Bearer ${token}` }))).toBeNull();
    }
    expect(await counterOf("ip:198.51.100.13")).toBeNull();
    const readerCookie = await signIn(auth, "reader@claimtrail.test");
    expect(await checkReadLimit(limiter, read("198.51.100.13", "/", { cookie: readerCookie }))).toBeNull();
    expect(await checkReadLimit(limiter, read("198.51.100.13", "/", { authorization: "Bearer ct_forged" }))).not.toBeNull();
  });

  it("is off when the policy is (CLAIMTRAIL_READ_LIMIT_PER_MINUTE=0)", async () => {
    const off: ReadLimiter = { ...limiterOn(db, 1), policy: null };
    for (let i = 0; i < 3; i++) expect(await checkReadLimit(off, read("198.51.100.14"))).toBeNull();
    expect(await counterOf("ip:198.51.100.14")).toBeNull();
  });
});

describe("read rate limit without its database", () => {
  let fault: FaultProxy;
  let behindFault: Db;
  beforeAll(async () => {
    fault = await startFaultProxy(url);
    behindFault = createPrismaClient(fault.url, 1, { connectMs: 1000, statementMs: 1500, queryMs: 2000, idleInTransactionMs: 2000 });
  });
  afterAll(async () => {
    fault.thaw();
    await behindFault.$disconnect();
    await fault.close();
  });

  it("lets reads through within its deadline and logs it, when the database is frozen or down", async () => {
    const log = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    // The failure line is written at most every few seconds: start past any earlier one.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 60_000 });
    try {
      const limiter = limiterOn(behindFault, 1);
      fault.freeze();
      const started = Date.now();
      for (let i = 0; i < 3; i++) expect(await checkReadLimit(limiter, read("198.51.100.15"))).toBeNull();
      expect(Date.now() - started).toBeLessThan(3 * COUNT_DEADLINE_MS + 500);
      fault.thaw();
      fault.dropConnections();
      fault.refuse(true);
      expect(await checkReadLimit(limiter, read("198.51.100.15"))).toBeNull();
      const lines = log.mock.calls.map(([line]) => String(line)).filter((line) => line.includes('"rate_limit.unavailable"'));
      expect(lines.length).toBeGreaterThanOrEqual(1);
    } finally {
      fault.refuse(false);
      vi.useRealTimers();
      log.mockRestore();
    }
  });

  it("keeps the reads of a failed write and writes them with the next", async () => {
    const failures: unknown[] = [];
    const limiter = limiterOn(behindFault, 100, { flushEveryMs: 600_000, onFlushError: (error) => failures.push(error) });
    expect(await checkReadLimit(limiter, read("198.51.100.19"))).toBeNull();
    for (let i = 0; i < 4; i++) expect(await checkReadLimit(limiter, read("198.51.100.19"))).toBeNull();
    fault.dropConnections();
    fault.refuse(true);
    try {
      await limiter.counts.flush();
      expect(failures).toHaveLength(1);
      expect((await counterOf("ip:198.51.100.19"))?.count).toBe(1);
    } finally {
      fault.refuse(false);
    }
    await limiter.counts.flush();
    expect((await counterOf("ip:198.51.100.19"))?.count).toBe(5);
  });
});
