// Absolute addresses for the claim page (canonical URL, Open Graph, JSON-LD, copied permalink,
// the record a citation points to). The site's address is the one it was reached at, as the
// reverse proxy reports it; `npm start` serves directly, with Host alone.

export function requestOrigin(headers: Pick<Headers, "get">): string {
  const first = (value: string | null) => value?.split(",")[0]?.trim() || null;
  const host = first(headers.get("x-forwarded-host")) ?? first(headers.get("host")) ?? "localhost";
  const forwardedProto = first(headers.get("x-forwarded-proto"));
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http";
  // A host header is client input: anything but a host name and port falls back to localhost.
  const safeHost = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/.test(host) ? host : "localhost";
  return `${proto}://${safeHost}`;
}

export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).toString();
}
