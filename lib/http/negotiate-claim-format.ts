// Content negotiation on claim permalinks, as DOI resolvers do it: a client that asks for a
// citation format (and not for HTML) gets the file at the same address.

export const NEGOTIABLE_FORMATS = {
  "application/vnd.citationstyles.csl+json": "csl-json",
  "application/x-bibtex": "bibtex",
  "application/x-research-info-systems": "ris",
  "application/ld+json": "json-ld",
} as const;

export type NegotiatedFormat = (typeof NEGOTIABLE_FORMATS)[keyof typeof NEGOTIABLE_FORMATS];

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml", "text/*", "*/*"]);

/** Each media range of an Accept header with its quality, best first (ties keep their order). */
function mediaRanges(accept: string): { type: string; q: number }[] {
  return accept
    .split(",")
    .map((part) => {
      const [type = "", ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
      const q = Number(params.find((param) => param.startsWith("q="))?.slice(2) ?? "1");
      return { type, q: Number.isFinite(q) ? q : 0 };
    })
    .filter((range) => range.type && range.q > 0)
    .sort((a, b) => b.q - a.q);
}

/** The citation format the client prefers to HTML, or null when the page itself should answer. */
export function negotiatedClaimFormat(accept: string | null): NegotiatedFormat | null {
  for (const { type } of mediaRanges(accept ?? "")) {
    if (HTML_TYPES.has(type)) return null;
    if (type in NEGOTIABLE_FORMATS) return NEGOTIABLE_FORMATS[type as keyof typeof NEGOTIABLE_FORMATS];
  }
  return null;
}

/** The claim permalink segment ("12-some-slug") of a page path, or null for any other path. */
export function claimPermalinkSegment(pathname: string): string | null {
  return /^\/claims\/([1-9]\d*(?:-[^/]*)?)$/.exec(pathname)?.[1] ?? null;
}

/** Where a negotiated request is answered: the claim's citation route, inline. */
export function negotiatedCitationPath(pathname: string, accept: string | null): string | null {
  const segment = claimPermalinkSegment(pathname);
  const format = segment === null ? null : negotiatedClaimFormat(accept);
  return format ? `/claims/${segment}/cite?format=${format}&negotiated=1` : null;
}

/** The page's rel="alternate" links: each negotiable type at its citation-file address. */
export function claimAlternateTypes(permalink: string): Record<string, string> {
  return Object.fromEntries(Object.entries(NEGOTIABLE_FORMATS).map(([type, format]) => [type, `${permalink}/cite?format=${format}`]));
}
