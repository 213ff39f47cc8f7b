import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { proxy, SERVER_ACTION_BODY_LIMIT } from "../../proxy";

// NextResponse.next({ request: { headers } }) tells Next.js which request headers the route
// receives through x-middleware-override-headers and x-middleware-request-<name>.
function forwardedHeader(response: Response, name: string): string | null {
  const overridden = (response.headers.get("x-middleware-override-headers") ?? "").split(",");
  return overridden.includes(name) ? response.headers.get(`x-middleware-request-${name}`) : null;
}

describe("proxy", () => {
  // The read limit needs a database: lib/rate-limit tests it there.
  beforeEach(() => {
    process.env.CLAIMTRAIL_READ_LIMIT_PER_MINUTE = "0";
  });
  afterEach(() => {
    delete process.env.CLAIMTRAIL_READ_LIMIT_PER_MINUTE;
    delete process.env.CLAIMTRAIL_TRUSTED_PROXY;
    delete process.env.CLAIMTRAIL_BASE_URL;
  });

  it("answers an oversized server-action body with 413, and lets others through", async () => {
    const action = async (bytes: number) =>
      await proxy(
        new NextRequest("http://localhost:3000/edit/quotes/new", {
          method: "POST",
          headers: { "next-action": "abc", "content-length": String(bytes) },
        }),
      );
    expect((await action(SERVER_ACTION_BODY_LIMIT + 1)).status).toBe(413);
    expect((await action(SERVER_ACTION_BODY_LIMIT)).status).toBe(200);
  });

  // A page without a validator (a page's validator needs the database: e2e/caching.spec.ts).
  const page = "/history/claim/1";

  it("isolates the browsing context and sends HSTS only when the public origin is https", async () => {
    const plain = await proxy(new NextRequest(`http://localhost:3000${page}`));
    expect(plain.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    process.env.CLAIMTRAIL_BASE_URL = "https://claimtrail.example.org";
    const secure = await proxy(new NextRequest(`https://claimtrail.example.org${page}`));
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    process.env.CLAIMTRAIL_BASE_URL = "http://claimtrail.internal";
    expect((await proxy(new NextRequest(`http://claimtrail.internal${page}`))).headers.get("strict-transport-security")).toBeNull();
  });

  it("sends a nonce CSP and the security headers, and the same policy to the page renderer", async () => {
    const response = await proxy(new NextRequest(`http://localhost:3000${page}`));
    const csp = response.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(forwardedHeader(response, "content-security-policy")).toBe(csp);
    expect(forwardedHeader(response, "x-nonce")).toBe(nonce);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("cache-control")).toBeNull();
    expect((await proxy(new NextRequest(`http://localhost:3000${page}`))).headers.get("content-security-policy")).not.toBe(csp);
  });

  it("keeps private pages and signed-in pages out of caches, without validators", async () => {
    expect((await proxy(new NextRequest("http://localhost:3000/admin"))).headers.get("cache-control")).toBe("private, no-store");
    for (const headers of [{ cookie: "claimtrail.session_token=abc.def" }, { authorization: "Bearer ct_abc" }] as Record<
      string,
      string
    >[]) {
      const signedIn = await proxy(new NextRequest("http://localhost:3000/entities/nvidia", { headers }));
      expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
      expect(signedIn.headers.get("etag")).toBeNull();
    }
  });

  it("drops a client's x-forwarded-for, so Next.js puts the socket's address there", async () => {
    const response = await proxy(
      new NextRequest("http://localhost:3000/api/auth/sign-in/email", { method: "POST", headers: { "x-forwarded-for": "6.6.6.6" } }),
    );
    const overridden = response.headers.get("x-middleware-override-headers")!.split(",");
    expect(overridden).not.toContain("x-forwarded-for");
  });

  it("keeps only the last hop when CLAIMTRAIL_TRUSTED_PROXY=1", async () => {
    process.env.CLAIMTRAIL_TRUSTED_PROXY = "1";
    const response = await proxy(
      new NextRequest("http://localhost:3000/sign-in", { headers: { "x-forwarded-for": "6.6.6.6, 198.51.100.4" } }),
    );
    expect(forwardedHeader(response, "x-forwarded-for")).toBe("198.51.100.4");
  });
});
