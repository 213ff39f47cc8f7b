import "server-only";
import { readEnv, type Env } from "../env";

// The one answer to "at which address is Claimtrail served?": canonical URLs, Open Graph and
// JSON-LD ids, citation records, feeds, invite links and the same-origin check of writes.
// CLAIMTRAIL_BASE_URL wins when set. Otherwise the request's own Host: forwarding headers are
// client input (anyone can send X-Forwarded-Host), so they count only behind a trusted proxy.

type OriginSettings = Pick<Env, "CLAIMTRAIL_BASE_URL" | "CLAIMTRAIL_TRUSTED_PROXY">;

const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

export function publicOrigin(headers: Pick<Headers, "get">, settings: OriginSettings = readEnv()): string {
  if (settings.CLAIMTRAIL_BASE_URL) return new URL(settings.CLAIMTRAIL_BASE_URL).origin;
  const first = (value: string | null) => value?.split(",")[0]?.trim() || null;
  const trusted = settings.CLAIMTRAIL_TRUSTED_PROXY === "1";
  const host = (trusted && first(headers.get("x-forwarded-host"))) || first(headers.get("host")) || "localhost";
  const forwardedProto = trusted ? first(headers.get("x-forwarded-proto")) : null;
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http";
  // A Host header is client input too: anything but a host name and port falls back to localhost.
  return `${proto}://${HOST.test(host) ? host.toLowerCase() : "localhost"}`;
}

export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).toString();
}
