import { createHash } from "node:crypto";

// HTTP validators and freshness for what readers fetch: public pages and API reads.
//
// Validators describe the data a response was made from, never its bytes: every page carries
// a fresh CSP nonce, so no two renders are byte-identical. The ETags are therefore weak
// (RFC 9110 §8.8.1) and built from record versions and update times.

/**
 * Anonymous pages and reads: a browser reuses one for a minute and a shared cache for a minute,
 * then may serve it for five more while it revalidates in the background. A correction (a
 * misattribution fixed, a verdict changed) reaches every reader within about six minutes, and a
 * burst of readers on one claim costs the server one render a minute; revalidation itself is a
 * 304 from a single indexed query, without rendering.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, s-maxage=60, stale-while-revalidate=300";

/** Anything shown to one signed-in person: neither a browser nor a shared cache stores it. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

/**
 * A shared cache must not hand an anonymous copy to someone who sends a session cookie or a
 * token, nor a browser show its anonymous copy after signing in.
 */
export const PUBLIC_VARY = ["Cookie", "Authorization"];

export interface Validator {
  /** A weak entity tag, quotes included: W/"…". */
  etag: string;
  lastModified: Date;
}

/** A weak ETag from parts that identify what a response was built from. */
export function weakEtag(parts: (string | number)[]): string {
  return `W/"${parts.map((part) => String(part).replace(/[^A-Za-z0-9._-]/g, "_")).join("-")}"`;
}

/** A weak ETag from many parts (a list's rows), as one digest of them. */
export function digestEtag(parts: string[]): string {
  return weakEtag([createHash("sha256").update(parts.join(" ")).digest("base64url").slice(0, 27)]);
}

/** The newest of some times (for Last-Modified), at least the epoch. */
export function latest(...times: (Date | null | undefined)[]): Date {
  return new Date(Math.max(0, ...times.map((time) => time?.getTime() ?? 0)));
}

function opaqueTag(tag: string): string {
  return tag.trim().replace(/^W\//, "");
}

/**
 * Whether the client's copy is current: If-None-Match by weak comparison (RFC 9110 §13.1.2),
 * and If-Modified-Since only when no If-None-Match was sent (§13.2.2). HTTP dates have whole
 * seconds, so a copy is current when nothing changed after the second it names.
 */
export function isNotModified(headers: Pick<Headers, "get">, validator: Validator): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    if (ifNoneMatch.trim() === "*") return true;
    const current = opaqueTag(validator.etag);
    return ifNoneMatch.split(",").some((tag) => opaqueTag(tag) === current);
  }
  const since = Date.parse(headers.get("if-modified-since") ?? "");
  return Number.isFinite(since) && Math.floor(validator.lastModified.getTime() / 1000) * 1000 <= since;
}

/** The headers a 200 and its 304 both carry (RFC 9110 §15.4.5). */
export function validatorHeaders(validator: Validator): Record<string, string> {
  return { ETag: validator.etag, "Last-Modified": validator.lastModified.toUTCString() };
}
