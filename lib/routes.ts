// Every page address in one place, so links and permalinks cannot disagree.

export function claimPath(claim: { id: number; slug: string }): string {
  return `/claims/${claim.id}-${claim.slug}`;
}

/** The claim id at the start of a /claims/<id>-<slug> segment, or null. */
export function claimIdFromSegment(segment: string): number | null {
  const match = /^([1-9]\d{0,9})(?:-|$)/.exec(segment);
  return match ? Number(match[1]) : null;
}

export function entityPath(entity: { slug: string }): string {
  return `/entities/${entity.slug}`;
}

/** Every person, organisation and product, searchable and filterable by kind (the same names as GET /api/search/entities). */
export function entitiesPath(params: { q?: string; kind?: string[]; page?: number; perPage?: number } = {}): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  for (const kind of params.kind ?? []) query.append("kind", kind);
  if (params.page && params.page > 1) query.set("page", String(params.page));
  if (params.perPage) query.set("perPage", String(params.perPage));
  const text = query.toString();
  return text ? `/entities?${text}` : "/entities";
}

export function sourcePath(source: { id: number }): string {
  return `/sources/${source.id}`;
}

/** The search page with these parameters (the same names as GET /api/search). */
export function searchPath(params: Record<string, string | string[] | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value ? [value] : []) query.append(key, item);
  }
  const text = query.toString();
  return text ? `/?${text}` : "/";
}

// Atom feeds of new and changed claims: the whole site's, one speaker's, one topic's.

export const CLAIMS_FEED_PATH = "/feeds/claims.atom";

export function speakerFeedPath(entity: { slug: string }): string {
  return `/feeds/speakers/${encodeURIComponent(entity.slug)}.atom`;
}

export function topicFeedPath(tag: { slug: string }): string {
  return `/feeds/topics/${encodeURIComponent(tag.slug)}.atom`;
}

/** The slug in a feed's file name ("jensen-huang.atom"), or null for any other name. */
export function slugFromFeedFile(file: string): string | null {
  const match = /^(.+)\.atom$/.exec(file);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

/** A claim by its id alone: it redirects to the permalink, whatever the slug becomes (feed entries' ids). */
export function claimIdPath(claim: { id: number }): string {
  return `/claims/${claim.id}`;
}

// Editors' pages.

export const NEW_QUOTE_PATH = "/edit/quotes/new";

/** Citations no longer found in their source's stored text, and claims that lost their verification. */
export const FLAGGED_PATH = "/edit/flagged";

export function editClaimPath(claim: { id: number }): string {
  return `/edit/claims/${claim.id}`;
}

export function editQuotePath(quote: { id: number }): string {
  return `/edit/quotes/${quote.id}`;
}

/** A record's revisions with their field-level changes ("claim", "quote", "source", …). */
export function historyPath(recordType: string, id: number): string {
  return `/history/${recordType}/${id}`;
}
