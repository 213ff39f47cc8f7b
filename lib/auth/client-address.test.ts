import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, sanitizeForwardingHeaders } from "./client-address";

const sanitized = (init: Record<string, string>, trustProxy: boolean) => {
  const headers = new Headers(init);
  sanitizeForwardingHeaders(headers, trustProxy);
  return headers;
};

describe("client address", () => {
  it("drops every client-supplied forwarding header unless a proxy is trusted", () => {
    const headers = sanitized({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.7", forwarded: "for=6.6.6.8", host: "claimtrail.test" }, false);
    expect([...headers.keys()]).toEqual(["host"]);
    expect(clientAddress(headers)).toBe("unknown");
  });

  it("behind a trusted proxy keeps only the last hop, the one that proxy appended", () => {
    const headers = sanitized({ "x-forwarded-for": "6.6.6.6, 10.1.2.3,198.51.100.4", "x-real-ip": "6.6.6.7" }, true);
    expect(headers.get("x-forwarded-for")).toBe("198.51.100.4");
    expect(headers.has("x-real-ip")).toBe(false);
    expect(sanitized({ "x-forwarded-for": "not-an-address" }, true).has("x-forwarded-for")).toBe(false);
  });

  it("normalises addresses: mapped IPv4, IPv6 by /64, nonsense refused", () => {
    expect(normalizeAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("2001:db8:1:2:3:4:5:6")).toBe("2001:0db8:0001:0002::/64");
    expect(normalizeAddress("[2001:db8::1]")).toBe("2001:0db8:0000:0000::/64");
    expect(normalizeAddress("::1")).toBe("0000:0000:0000:0000::/64");
    expect(normalizeAddress("evil.example")).toBeNull();
    expect(normalizeAddress("999.1.1.1")).toBeNull();
  });
});
