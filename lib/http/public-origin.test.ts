import { describe, expect, it } from "vitest";
import { absoluteUrl, publicOrigin } from "./public-origin";

const headers = (values: Record<string, string>) => new Headers(values);
const unset = {};
const trusted = { CLAIMTRAIL_TRUSTED_PROXY: "1" as const };

describe("publicOrigin", () => {
  it("uses the request's own Host when no public origin is configured", () => {
    expect(publicOrigin(headers({ host: "127.0.0.1:3202" }), unset)).toBe("http://127.0.0.1:3202");
    expect(publicOrigin(headers({ host: "[::1]:3000" }), unset)).toBe("http://[::1]:3000");
  });

  it("ignores client-sent forwarding headers unless the proxy is trusted", () => {
    const forwarded = headers({ host: "internal:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(publicOrigin(forwarded, unset)).toBe("http://internal:3000");
    expect(
      publicOrigin(
        headers({ host: "internal:3000", "x-forwarded-host": "claimtrail.example, proxy", "x-forwarded-proto": "https" }),
        trusted,
      ),
    ).toBe("https://claimtrail.example");
  });

  it("prefers CLAIMTRAIL_BASE_URL over every header", () => {
    const settings = { CLAIMTRAIL_BASE_URL: "https://claimtrail.example.org/some/path", CLAIMTRAIL_TRUSTED_PROXY: "1" as const };
    expect(publicOrigin(headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" }), settings)).toBe(
      "https://claimtrail.example.org",
    );
  });

  it("falls back to localhost for a malformed host", () => {
    expect(publicOrigin(headers({ host: "evil.example/<script>" }), unset)).toBe("http://localhost");
    expect(publicOrigin(headers({ host: "claimtrail.example", "x-forwarded-proto": "javascript" }), trusted)).toBe(
      "http://claimtrail.example",
    );
  });
});

describe("absoluteUrl", () => {
  it("resolves a path on the origin", () => {
    expect(absoluteUrl("https://claimtrail.example", "/claims/1-x")).toBe("https://claimtrail.example/claims/1-x");
  });
});
