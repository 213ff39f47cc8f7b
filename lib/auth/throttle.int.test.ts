import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { sanitizeForwardingHeaders } from "./client-address";
import { THROTTLE_POLICY } from "./policy";
import { authRouteHandler } from "./route-handler";
import { createAccount, createTestAuth, signInRequest, TEST_PASSWORD } from "./test-support";

/**
 * A request as a route receives it behind proxy.ts: forwarding headers sanitised, then, when
 * none is left, x-forwarded-for set to the socket's address (what Next.js's server does).
 */
function asDelivered(request: Request, options: { socket: string; trustProxy: boolean }): Request {
  const headers = new Headers(request.headers);
  sanitizeForwardingHeaders(headers, options.trustProxy);
  if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", options.socket);
  return new Request(request, { headers });
}

describe("sign-in throttling", () => {
  const { db } = useTestDatabase();
  const auth = createTestAuth(db);
  const route = authRouteHandler(async () => auth);
  beforeEach(() => resetDatabase(db));

  const email = "editor@claimtrail.test";
  const { maxFailures } = THROTTLE_POLICY.email;

  it(`locks an account after ${maxFailures} failures, even when x-forwarded-for changes every time`, async () => {
    await createAccount(db, email);
    for (let i = 1; i <= maxFailures; i++) {
      expect((await route(signInRequest(email, `wrong password ${i}`, `198.51.100.${i}`))).status).toBe(401);
    }
    // The right password, from yet another address, is refused while the lock lasts.
    const locked = await route(signInRequest(email, TEST_PASSWORD, "198.51.100.99"));
    expect(locked.status).toBe(429);
    const body = await locked.json();
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toMatch(/^Too many failed sign-in attempts for this account\. Try again in 15 minutes\.$/);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(THROTTLE_POLICY.email.lockSeconds - 10);
    expect(await db.session.count()).toBe(0);

    // When the lock runs out, the right password works and the account's count starts over.
    await db.signInThrottle.update({ where: { key: `email:${email}` }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await route(signInRequest(email, TEST_PASSWORD, "198.51.100.99"))).status).toBe(200);
    expect(await db.signInThrottle.findUnique({ where: { key: `email:${email}` } })).toBeNull();
  });

  it("counts unknown emails too, so a lock says nothing about whether an account exists", async () => {
    for (let i = 1; i <= maxFailures; i++) await route(signInRequest("ghost@claimtrail.test", "whatever it is", `198.51.100.${i}`));
    const response = await route(signInRequest("ghost@claimtrail.test", "whatever it is", "198.51.100.77"));
    expect(response.status).toBe(429);
  });

  it("locks a client address that fails across many accounts; other addresses still sign in", async () => {
    await createAccount(db, email);
    for (let i = 1; i <= THROTTLE_POLICY.ip.maxFailures; i++) {
      expect((await route(signInRequest(`target${i}@claimtrail.test`, "guess", "192.0.2.50"))).status).toBe(401);
    }
    const fromLocked = await route(signInRequest(email, TEST_PASSWORD, "192.0.2.50"));
    expect(fromLocked.status).toBe(429);
    expect((await fromLocked.json()).error.message).toMatch(/from your network/);
    expect((await route(signInRequest(email, TEST_PASSWORD, "192.0.2.51"))).status).toBe(200);
  });

  it("behind a trusted proxy, locks an IPv6 network by its /64 and no other IPv6 client", async () => {
    await createAccount(db, email);
    const fromIPv6 = (address: string, who: string, password: string) =>
      route(asDelivered(signInRequest(who, password, `[${address}]:51000`), { socket: "10.0.0.2", trustProxy: true }));
    // Every failure from another host of one /64: they add up, as one client's.
    for (let i = 1; i <= THROTTLE_POLICY.ip.maxFailures; i++) {
      expect((await fromIPv6(`2001:db8:aa:1::${i.toString(16)}`, `target${i}@claimtrail.test`, "guess")).status).toBe(401);
    }
    expect((await fromIPv6("2001:db8:aa:1:ffff::1", email, TEST_PASSWORD)).status).toBe(429);
    expect((await fromIPv6("2001:db8:aa:2::1", email, TEST_PASSWORD)).status).toBe(200);
  });

  it("ignores a forged x-forwarded-for unless CLAIMTRAIL_TRUSTED_PROXY=1: the socket's address is counted", async () => {
    await createAccount(db, email);
    for (let i = 1; i <= THROTTLE_POLICY.ip.maxFailures; i++) {
      const forged = signInRequest(`target${i}@claimtrail.test`, "guess", `10.0.${i}.1, 172.16.0.${i}`);
      expect((await route(asDelivered(forged, { socket: "192.0.2.80", trustProxy: false }))).status).toBe(401);
    }
    expect(await db.signInThrottle.findUnique({ where: { key: "ip:192.0.2.80" } })).toMatchObject({
      failures: THROTTLE_POLICY.ip.maxFailures,
    });
    expect(await db.signInThrottle.count({ where: { key: { startsWith: "ip:10." } } })).toBe(0);
    const next = asDelivered(signInRequest(email, TEST_PASSWORD, "10.99.99.99"), { socket: "192.0.2.80", trustProxy: false });
    expect((await route(next)).status).toBe(429);
  });

  it("behind a trusted proxy, counts the address that proxy appended, not what the client wrote before it", async () => {
    await createAccount(db, email);
    const request = signInRequest(email, "wrong password", "6.6.6.6, 203.0.113.77");
    expect((await route(asDelivered(request, { socket: "10.0.0.2", trustProxy: true }))).status).toBe(401);
    const keys = (await db.signInThrottle.findMany()).map((row) => row.key).sort();
    expect(keys).toEqual([`email:${email}`, "ip:203.0.113.77"]);
    expect(await db.session.count()).toBe(0);
    const session = asDelivered(signInRequest(email, TEST_PASSWORD, "6.6.6.6, 203.0.113.77"), { socket: "10.0.0.2", trustProxy: true });
    expect((await route(session)).status).toBe(200);
    expect((await db.session.findFirstOrThrow()).ipAddress).toBe("203.0.113.77");
  });

  it("starts counting again once the window has passed without a lock", async () => {
    await createAccount(db, email);
    for (let i = 1; i < maxFailures; i++) await route(signInRequest(email, "wrong password", "198.51.100.1"));
    await db.signInThrottle.update({
      where: { key: `email:${email}` },
      data: { windowStartedAt: new Date(Date.now() - THROTTLE_POLICY.email.windowSeconds * 1000 - 1000) },
    });
    await route(signInRequest(email, "wrong password", "198.51.100.1"));
    expect(await db.signInThrottle.findUnique({ where: { key: `email:${email}` } })).toMatchObject({ failures: 1, lockedUntil: null });
  });
});
