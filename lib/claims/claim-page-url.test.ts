import { describe, expect, it } from "vitest";
import { absoluteUrl, requestOrigin } from "./claim-page-url";

const headers = (values: Record<string, string>) => new Headers(values);

describe("requestOrigin", () => {
  it("uses the forwarded host and protocol, else the Host header", () => {
    expect(requestOrigin(headers({ host: "127.0.0.1:3202" }))).toBe("http://127.0.0.1:3202");
    expect(requestOrigin(headers({ host: "internal:3000", "x-forwarded-host": "claimtrail.example, proxy", "x-forwarded-proto": "https" }))).toBe("https://claimtrail.example");
    expect(requestOrigin(headers({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
  });

  it("falls back to localhost for a malformed host", () => {
    expect(requestOrigin(headers({ host: "evil.example/<script>" }))).toBe("http://localhost");
    expect(requestOrigin(headers({ host: "claimtrail.example", "x-forwarded-proto": "javascript" }))).toBe("http://claimtrail.example");
  });
});

describe("absoluteUrl", () => {
  it("resolves a path on the origin", () => {
    expect(absoluteUrl("https://claimtrail.example", "/claims/1-x")).toBe("https://claimtrail.example/claims/1-x");
  });
});
