import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, hasSessionCookie, isPrivatePath } from "./security-headers";

describe("security headers", () => {
  it("builds a nonce-based policy with no inline or eval scripts in production", () => {
    const nonce = createNonce();
    const policy = contentSecurityPolicy(nonce, { dev: false });
    const directives = Object.fromEntries(policy.split("; ").map((part) => [part.split(" ")[0], part.split(" ").slice(1)]));
    expect(directives["script-src"]).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(directives["style-src"]).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(directives["base-uri"]).toEqual(["'none'"]);
    expect(directives["form-action"]).toEqual(["'self'"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
    expect(directives["img-src"]).toEqual(["'self'", "data:"]);
    expect(policy).not.toContain("unsafe-");
    expect(contentSecurityPolicy(nonce, { dev: true })).toContain("'unsafe-eval'");
  });

  it("makes a fresh, unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64").length).toBe(16);
  });

  it("knows the private pages and the session cookie", () => {
    expect(["/account", "/admin", "/admin/x", "/sign-in", "/invite/abc", "/api/auth/get-session"].every(isPrivatePath)).toBe(true);
    expect(["/", "/accounts", "/entities/nvidia", "/api/search"].some(isPrivatePath)).toBe(false);
    expect(hasSessionCookie("a=1; claimtrail.session_token=x.y")).toBe(true);
    expect(hasSessionCookie("__Secure-claimtrail.session_token=x.y")).toBe(true);
    expect(hasSessionCookie("other.session_token=x")).toBe(false);
    expect(hasSessionCookie(null)).toBe(false);
  });
});
