// One page is one source: addresses are normalised before they are stored or compared, so
// the same article shared with a tracking tag, an upper-case host or a #fragment is found
// again instead of being recorded twice. Only changes that cannot change the page are made.

/** Query parameters that only say how a reader arrived, never which page it is. */
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "ttclid",
  "li_fat_id",
  "mc_cid",
  "mc_eid",
  "igshid",
  "ref_src",
  "ref_url",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "spm",
]);
const TRACKING_PREFIXES = ["utm_"];

export type NormalizedUrl = { ok: true; url: string } | { ok: false; message: string };

function isTracking(rawPair: string): boolean {
  const rawKey = rawPair.split("=", 1)[0]!;
  let key: string;
  try {
    key = decodeURIComponent(rawKey.replace(/\+/g, " ")).toLowerCase();
  } catch {
    return false;
  }
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/**
 * http(s) only; scheme and host lower-cased, default ports dropped and dot segments resolved
 * (the WHATWG parser does these), the fragment dropped, tracking parameters dropped, the
 * remaining parameters sorted (kept as written, so their encoding is untouched), escapes
 * upper-cased. A trailing slash is left as it is, except that a bare host gets its "/".
 */
export function normalizeSourceUrl(input: string): NormalizedUrl {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: "is not a web address (it should start with https:// or http://)" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, message: "must be an http or https address" };
  if (!url.hostname) return { ok: false, message: "has no host" };
  // https://example.com@evil.example/ reads as example.com but leads to evil.example.
  if (url.username || url.password) return { ok: false, message: "must not carry a user name or password (the part before @)" };
  url.hash = "";
  const pairs = url.search
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "" && !isTracking(pair))
    .sort((a, b) => {
      const [keyA, keyB] = [a.split("=", 1)[0]!, b.split("=", 1)[0]!];
      return keyA < keyB ? -1 : keyA > keyB ? 1 : a < b ? -1 : a > b ? 1 : 0;
    });
  url.search = pairs.length ? `?${pairs.join("&")}` : "";
  return { ok: true, url: url.href.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase()) };
}
