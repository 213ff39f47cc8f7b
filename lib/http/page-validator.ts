import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../db/client";
import { claimIdFromSegment, claimPath } from "../routes";
import { latest, weakEtag, type Validator } from "./conditional-request";
import { PUBLISHED_CLAIM } from "../claims/readable-claims";

// The validator of a public page, computed by proxy.ts before anything renders, so that a
// conditional request costs one indexed query and no render.
//
// A page shows more than its record: a claim page shows its speaker's name, its sources and
// related claims; the search and entity pages show what the search index holds. So the
// validator is the record's version and update time plus the newest revision on the site
// (every edit writes one). Pages built on search (the search page, an entity's facets) also
// change with the newest indexing, since the index lags edits, and with a ten-minute window,
// so a page rendered while search was unavailable is not revalidated for ever. The build is part of it too: a new
// build links other script files.

type PageRecord = { kind: "claim" | "entity" | "source"; id: number; version: number; updatedAt: Date };

interface PageKind {
  pattern: RegExp;
  record: ((db: Db, segment: string) => Promise<PageRecord | null>) | null;
  searches: boolean;
}

const SEARCH_WINDOW_MS = 10 * 60 * 1000;

const PAGE_KINDS: PageKind[] = [
  { pattern: /^\/$/, record: null, searches: true },
  {
    pattern: /^\/claims\/([^/]+)$/,
    searches: false,
    record: async (db, segment) => {
      const id = claimIdFromSegment(segment);
      const claim =
        id === null
          ? null
          : await db.claim.findFirst({
              where: { id, ...PUBLISHED_CLAIM },
              select: { id: true, slug: true, version: true, updatedAt: true },
            });
      // A draft is a 404 and an old slug a redirect: neither is cached as the page.
      if (!claim || claimPath(claim) !== `/claims/${segment}`) return null;
      return { kind: "claim", ...claim };
    },
  },
  {
    pattern: /^\/entities\/([^/]+)$/,
    searches: true,
    record: async (db, slug) => {
      const entity = await db.entity.findUnique({
        where: { slug: safeDecode(slug) },
        select: { id: true, version: true, updatedAt: true },
      });
      return entity && { kind: "entity", ...entity };
    },
  },
  {
    pattern: /^\/sources\/([1-9]\d{0,9})$/,
    searches: false,
    record: async (db, segment) => {
      const id = Number(segment);
      const source =
        id > 2_147_483_647 ? null : await db.source.findUnique({ where: { id }, select: { id: true, version: true, updatedAt: true } });
      return source && { kind: "source", ...source };
    },
  },
];

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

let buildId: string | undefined;

/** The build's id (Next.js writes it into the build folder); in development, this process's start. */
function currentBuild(): string {
  buildId ??= (() => {
    try {
      return readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      return `dev${Date.now().toString(36)}`;
    }
  })();
  return buildId;
}

interface SiteMarks {
  revision: number | null;
  revised_at: Date | null;
  indexed_at: Date | null;
}

async function siteMarks(db: Db): Promise<SiteMarks> {
  // Both read one end of an index: revisions by id, the outbox by (processed_at, id).
  const [marks] = await db.$queryRaw<SiteMarks[]>`
    SELECT r.id AS revision, r.created_at AS revised_at, (SELECT max(processed_at) FROM search_outbox) AS indexed_at
    FROM (SELECT 1) AS one LEFT JOIN (SELECT id, created_at FROM revisions ORDER BY id DESC LIMIT 1) AS r ON true`;
  return marks ?? { revision: null, revised_at: null, indexed_at: null };
}

/** Whether proxy.ts computes validators for this path (a public page that can be cached). */
export function isCacheablePage(pathname: string): boolean {
  return PAGE_KINDS.some((kind) => kind.pattern.test(pathname));
}

/**
 * The validator of the public page at `pathname` in `representation` ("html", or the citation
 * format a permalink was negotiated to), or null when the path is no such page or its record
 * is missing (the page answers 404 or redirects, and is not cached).
 */
export async function pageValidator(db: Db, pathname: string, representation: string, now = Date.now()): Promise<Validator | null> {
  for (const kind of PAGE_KINDS) {
    const match = kind.pattern.exec(pathname);
    if (!match) continue;
    const [record, marks] = await Promise.all([kind.record ? kind.record(db, match[1]!) : null, siteMarks(db)]);
    if (kind.record && !record) return null;
    const windowStart = Math.floor(now / SEARCH_WINDOW_MS);
    const parts = [
      currentBuild(),
      representation,
      ...(record ? [record.kind, record.id, `v${record.version}`, record.updatedAt.getTime()] : ["search"]),
      `r${marks.revision ?? 0}`,
      ...(kind.searches ? [`i${marks.indexed_at?.getTime() ?? 0}`, `w${windowStart}`] : []),
    ];
    const searched = kind.searches ? [marks.indexed_at, new Date(windowStart * SEARCH_WINDOW_MS)] : [];
    return { etag: weakEtag(parts), lastModified: latest(record?.updatedAt, marks.revised_at, ...searched) };
  }
  return null;
}
