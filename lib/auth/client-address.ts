import { isIP } from "node:net";

// Which address a request comes from decides the per-address sign-in throttle, so it must not
// be something the client can choose. Next.js passes the socket's address to routes in
// `x-forwarded-for`, but only when the request did not bring that header itself; proxy.ts
// therefore removes what the client sent before any route runs (sanitizeForwardingHeaders).

export const CLIENT_SUPPLIED_HEADERS = ["x-forwarded-for", "x-real-ip", "forwarded"] as const;

/**
 * Untrusted (the default): every forwarding header the client sent is dropped, so Next.js
 * fills `x-forwarded-for` with the socket's address. Behind a trusted reverse proxy
 * (CLAIMTRAIL_TRUSTED_PROXY=1) only the last hop is kept, the address that proxy saw and
 * appended (anything to its left was written by the client), read from `X-Forwarded-For` or
 * else RFC 7239 `Forwarded`, and left as one plain address without brackets or port.
 */
export function sanitizeForwardingHeaders(headers: Headers, trustProxy: boolean): void {
  const hop = trustProxy ? proxiedAddress(headers) : null;
  for (const name of CLIENT_SUPPLIED_HEADERS) headers.delete(name);
  if (hop) headers.set("x-forwarded-for", hop);
}

/** The key the client's address is counted under after proxy.ts: IPv4, or an IPv6 /64; "unknown" when absent. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const address = forwarded ? parseHop(forwarded.split(",").at(-1)!) : null;
  return (address && normalizeAddress(address)) || "unknown";
}

function proxiedAddress(headers: Headers): string | null {
  const forwardedFor = headers.get("x-forwarded-for");
  if (forwardedFor) return parseHop(forwardedFor.split(",").at(-1)!);
  const forwarded = headers.get("forwarded");
  const lastFor = forwarded
    ?.split(",")
    .at(-1)!
    .split(";")
    .map((pair) => pair.trim().split("="))
    .find(([name]) => name?.toLowerCase() === "for");
  return lastFor?.[1] ? parseHop(lastFor[1]) : null;
}

/** One hop as proxies write it: `198.51.100.4`, `198.51.100.4:5123`, `2001:db8::1`, `"[2001:db8::1]:443"`. */
function parseHop(hop: string): string | null {
  const value = hop.trim().replace(/^"|"$/g, "");
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(value);
  const address = bracketed?.[1] ?? withPort?.[1] ?? value;
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * IPv4 as is (also when mapped into IPv6); IPv6 reduced to its /64 network, since one client
 * commonly holds a whole /64. Anything that is not an address gives null.
 */
export function normalizeAddress(value: string): string | null {
  const address = value.replace(/^\[|\]$/g, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return isIP(mapped[1]!) === 4 ? mapped[1]! : null;
  const kind = isIP(address);
  if (kind === 4) return address;
  if (kind !== 6) return null;
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => "0");
  return [...left, ...(tail === undefined ? [] : zeros), ...right].map((group) => group.padStart(4, "0"));
}
