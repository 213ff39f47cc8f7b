import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, sanitizeForwardingHeaders } from "./client-address";

const sanitized = (init: Record<string, string>, trustProxy: boolean) => {
  const headers = new Headers(init);
  sanitizeForwardingHeaders(headers, trustProxy);
  return headers;
};

describe("client address", () => {
  it("drops every client-supplied forwarding header unless a proxy is trusted", () => {
    const headers = sanitized(
      { "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.7", forwarded: "for=6.6.6.8", host: "claimtrail.test" },
      false,
    );
    expect([...headers.keys()]).toEqual(["host"]);
    expect(clientAddress(headers)).toBe("unknown");
  });

  it("behind a trusted proxy keeps only the last hop, the one that proxy appended", () => {
    const headers = sanitized({ "x-forwarded-for": "6.6.6.6, 10.1.2.3,198.51.100.4", "x-real-ip": "6.6.6.7" }, true);
    expect(headers.get("x-forwarded-for")).toBe("198.51.100.4");
    expect(headers.has("x-real-ip")).toBe(false);
    expect(sanitized({ "x-forwarded-for": "not-an-address" }, true).has("x-forwarded-for")).toBe(false);
  });

  it("behind a trusted proxy keys an IPv6 client on its /64, as the route reads it", () => {
    const a = sanitized({ "x-forwarded-for": "2001:db8:1:2::1" }, true);
    const b = sanitized({ "x-forwarded-for": "2001:db8:1:2:ffff::9" }, true);
    const other = sanitized({ "x-forwarded-for": "2001:db8:1:3::1" }, true);
    expect(clientAddress(a)).toBe("2001:0db8:0001:0002::/64");
    expect(clientAddress(b)).toBe(clientAddress(a));
    expect(clientAddress(other)).toBe("2001:0db8:0001:0003::/64");
  });

  it("parses what proxies send: ports, brackets, and the Forwarded header", () => {
    expect(clientAddress(sanitized({ "x-forwarded-for": "[2001:db8::7]:443" }, true))).toBe("2001:0db8:0000:0000::/64");
    expect(clientAddress(sanitized({ "x-forwarded-for": "198.51.100.4:5123" }, true))).toBe("198.51.100.4");
    expect(clientAddress(sanitized({ forwarded: 'for=6.6.6.6, for="[2001:db8:5::1]:8080";proto=https' }, true))).toBe(
      "2001:0db8:0005:0000::/64",
    );
    expect(clientAddress(sanitized({ forwarded: "For=198.51.100.7;proto=https" }, true))).toBe("198.51.100.7");
    expect(clientAddress(sanitized({ forwarded: "for=6.6.6.6" }, false))).toBe("unknown");
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
