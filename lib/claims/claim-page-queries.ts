import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { MAX_RELAY_DEPTH, type RelayEdge } from "./claim-page-relay";
import { PUBLISHED_CLAIM } from "./readable-claims";

// The queries behind the claim page, shaped once so the loader and the citation export agree.

export const SOURCE_SELECT = {
  id: true,
  type: true,
  title: true,
  containerTitle: true,
  authors: true,
  issued: true,
  issuedPrecision: true,
  url: true,
  accessed: true,
  archiveUrl: true,
  archivedAt: true,
  lang: true,
  doi: true,
  publisherId: true,
  publisher: { select: { slug: true, name: true, kind: true } },
  // Whether the source has a stored copy decides how cited words are shown (verbatim, or as recorded).
  snapshot: { select: { capturedAt: true } },
  // The work a translation or republication comes from: its citation's original-* fields.
  relationsFrom: {
    where: { kind: { in: ["TRANSLATES", "REPUBLISHES"] } },
    orderBy: { id: "asc" },
    take: 1,
    select: { to: { select: { title: true, authors: true, issued: true, issuedPrecision: true, publisher: { select: { name: true } } } } },
  },
} satisfies Prisma.SourceSelect;

export type SourceRow = Prisma.SourceGetPayload<{ select: typeof SOURCE_SELECT }>;

const CITATION_INCLUDE = { source: { select: SOURCE_SELECT } } satisfies Prisma.CitationInclude;

const RELATED_CLAIM_SELECT = {
  id: true,
  slug: true,
  state: true,
  claimedAt: true,
  claimedAtPrecision: true,
  speaker: { select: { slug: true, name: true } },
  rank: true,
  statements: { select: { lang: true, text: true } },
} satisfies Prisma.ClaimSelect;

const SPEAKER_SELECT = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  names: { select: { value: true } },
  memberships: { select: { organizationId: true } },
} satisfies Prisma.EntitySelect;

// Deprecated quotes and citations are loaded too: the page hides them, the history lists them.
export const CLAIM_PAGE_INCLUDE = {
  speaker: { select: SPEAKER_SELECT },
  coSpeakers: { orderBy: { entityId: "asc" }, include: { entity: { select: SPEAKER_SELECT } } },
  actualSpeaker: { select: { slug: true, name: true, kind: true } },
  misattributedBy: { select: { slug: true, name: true } },
  statements: { orderBy: { lang: "asc" } },
  entities: { include: { entity: { select: { slug: true, name: true, kind: true } } } },
  tags: { include: { tag: { select: { slug: true, label: true } } } },
  quotes: {
    orderBy: { id: "asc" },
    include: {
      translations: { orderBy: { id: "asc" }, include: { source: { select: { id: true, title: true } } } },
      citations: { orderBy: { id: "asc" }, include: CITATION_INCLUDE },
    },
  },
  citations: { orderBy: { id: "asc" }, include: CITATION_INCLUDE },
  // Relations to a draft are left out here, and so are their revisions (loadRevisions).
  relationsFrom: { where: { to: PUBLISHED_CLAIM }, include: { to: { select: RELATED_CLAIM_SELECT }, source: { select: SOURCE_SELECT } } },
  relationsTo: { where: { from: PUBLISHED_CLAIM }, include: { from: { select: RELATED_CLAIM_SELECT }, source: { select: SOURCE_SELECT } } },
} satisfies Prisma.ClaimInclude;

export type ClaimPageRow = Prisma.ClaimGetPayload<{ include: typeof CLAIM_PAGE_INCLUDE }>;
export type CitationRow = ClaimPageRow["citations"][number];
export type RelatedClaimRow = ClaimPageRow["relationsFrom"][number]["to"];

/**
 * The source relations around the cited sources, one query per level: upstream (what each
 * source relays) from every cited source, and downstream along full republications only.
 */
export async function loadRelayGraph(db: Db, citedSourceIds: number[]): Promise<RelayEdge[]> {
  const edges = new Map<number, RelayEdge>();
  const seenUp = new Set(citedSourceIds);
  const seenDown = new Set(citedSourceIds);
  let up = [...seenUp];
  let down = [...seenDown];
  for (let depth = 0; depth < MAX_RELAY_DEPTH && (up.length || down.length); depth++) {
    const rows = await db.sourceRelation.findMany({
      where: {
        OR: [
          ...(up.length ? [{ fromSourceId: { in: up } }] : []),
          ...(down.length ? [{ toSourceId: { in: down }, kind: "REPUBLISHES" as const }] : []),
        ],
      },
      select: { id: true, fromSourceId: true, toSourceId: true, kind: true },
    });
    const upFrontier = new Set(up);
    const downFrontier = new Set(down);
    up = [];
    down = [];
    for (const { id, ...edge } of rows) {
      edges.set(id, edge);
      if (upFrontier.has(edge.fromSourceId) && !seenUp.has(edge.toSourceId)) {
        seenUp.add(edge.toSourceId);
        up.push(edge.toSourceId);
      }
      if (edge.kind === "REPUBLISHES" && downFrontier.has(edge.toSourceId) && !seenDown.has(edge.fromSourceId)) {
        seenDown.add(edge.fromSourceId);
        down.push(edge.fromSourceId);
      }
    }
  }
  return [...edges.values()];
}

export async function loadSources(db: Db, ids: number[]): Promise<Map<number, SourceRow>> {
  if (!ids.length) return new Map();
  const rows = await db.source.findMany({ where: { id: { in: ids } }, select: SOURCE_SELECT });
  return new Map(rows.map((row) => [row.id, row]));
}

/** Revisions of the claim and of its quotes, citations and relations, newest first. */
export function loadRevisions(db: Db, claim: ClaimPageRow) {
  const records: Prisma.RevisionWhereInput[] = [
    { recordType: "claim", recordId: claim.id },
    { recordType: "quote", recordId: { in: claim.quotes.map((quote) => quote.id) } },
    {
      recordType: "citation",
      recordId: { in: [...claim.citations, ...claim.quotes.flatMap((quote) => quote.citations)].map((citation) => citation.id) },
    },
    { recordType: "claim_relation", recordId: { in: [...claim.relationsFrom, ...claim.relationsTo].map((relation) => relation.id) } },
  ];
  return db.revision.findMany({
    where: { OR: records },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { author: { select: { displayName: true } } },
  });
}
