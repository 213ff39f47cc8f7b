import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { CitationRole, DatePrecision, SourceRelationKind, SourceType } from "../db/generated/enums";
import { cslNames, formatCslName } from "./authors";
import { locatorParts } from "../citations/locator";
import { PUBLISHED_CLAIM } from "../claims/readable-claims";

// Everything the source page shows: the bibliographic record, the words cited at this
// source, and the relay chain one step each way (each neighbour's own page goes further).

/** What a link to a source shows beside its title. */
export const SOURCE_SUMMARY_SELECT = {
  id: true,
  type: true,
  title: true,
  containerTitle: true,
  issued: true,
  issuedPrecision: true,
  lang: true,
  publisher: { select: { slug: true, name: true, kind: true } },
} satisfies Prisma.SourceSelect;

export type SourceSummary = Prisma.SourceGetPayload<{ select: typeof SOURCE_SUMMARY_SELECT }>;

export interface RelatedSource {
  source: SourceSummary;
  /** Every kind of relation between the two sources, in a stable order. */
  kinds: SourceRelationKind[];
  notes: string[];
}

export interface CitationClaim {
  id: number;
  slug: string;
  statement: { text: string; lang: string } | null;
  speaker: { slug: string; name: string };
  status: string;
}

export interface SourceCitation {
  id: number;
  role: CitationRole;
  exact: string;
  prefix: string | null;
  suffix: string | null;
  locator: string | null;
  /** A quote's citation names the quote's claim; a figure's names its claim directly. */
  claim: CitationClaim;
}

export interface SourcePage extends SourceSummary {
  type: SourceType;
  issuedPrecision: DatePrecision | null;
  authors: string[];
  url: string | null;
  accessed: Date | null;
  archiveUrl: string | null;
  archivedAt: Date | null;
  doi: string | null;
  deprecatedAt: Date | null;
  citations: SourceCitation[];
  /** Sources this one republishes, translates, quotes or is derived from. */
  relays: RelatedSource[];
  /** Sources that do any of that to this one. */
  relayedBy: RelatedSource[];
}

const CLAIM_INCLUDE = {
  speaker: { select: { slug: true, name: true } },
  statements: { select: { lang: true, text: true } },
} satisfies Prisma.ClaimInclude;

type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof CLAIM_INCLUDE }>;

function toCitationClaim(claim: ClaimRow): CitationClaim {
  const statement = claim.statements.find((row) => row.lang === "en") ?? claim.statements[0] ?? null;
  return { id: claim.id, slug: claim.slug, statement, speaker: claim.speaker, status: claim.status };
}

const KIND_ORDER: SourceRelationKind[] = ["REPUBLISHES", "TRANSLATES", "DERIVED_FROM", "QUOTES"];

/** One entry per neighbouring source, however many kinds of relation link the two. */
function groupRelations(rows: { kind: SourceRelationKind; note: string | null; other: SourceSummary }[]): RelatedSource[] {
  const byId = new Map<number, RelatedSource>();
  for (const row of rows) {
    const entry = byId.get(row.other.id) ?? { source: row.other, kinds: [], notes: [] };
    entry.kinds.push(row.kind);
    if (row.note) entry.notes.push(row.note);
    byId.set(row.other.id, entry);
  }
  for (const entry of byId.values()) entry.kinds.sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b));
  // Closest relays first (a republication says more about a source than one quotation).
  return [...byId.values()].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kinds[0]!) - KIND_ORDER.indexOf(b.kinds[0]!) ||
      (b.source.issued?.getTime() ?? 0) - (a.source.issued?.getTime() ?? 0) ||
      a.source.id - b.source.id,
  );
}

export async function findSourcePage(db: Db, id: number): Promise<SourcePage | null> {
  const source = await db.source.findUnique({
    where: { id },
    include: {
      publisher: { select: { slug: true, name: true, kind: true } },
      relationsFrom: { orderBy: { id: "asc" }, include: { to: { select: SOURCE_SUMMARY_SELECT } } },
      relationsTo: { orderBy: { id: "asc" }, include: { from: { select: SOURCE_SUMMARY_SELECT } } },
      citations: {
        where: { deprecatedAt: null, OR: [{ claim: PUBLISHED_CLAIM }, { quote: { deprecatedAt: null, claim: PUBLISHED_CLAIM } }] },
        orderBy: [{ paragraph: { sort: "asc", nulls: "last" } }, { startSeconds: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        include: { claim: { include: CLAIM_INCLUDE }, quote: { include: { claim: { include: CLAIM_INCLUDE } } } },
      },
    },
  });
  if (!source) return null;

  const citations = source.citations.flatMap((citation): SourceCitation[] => {
    const claim = citation.quote?.claim ?? citation.claim;
    if (!claim) return [];
    return [
      {
        id: citation.id,
        role: citation.role,
        exact: citation.exact,
        prefix: citation.prefix,
        suffix: citation.suffix,
        locator: locatorParts(citation).join(", ") || null,
        claim: toCitationClaim(claim),
      },
    ];
  });

  return {
    id: source.id,
    type: source.type,
    title: source.title,
    containerTitle: source.containerTitle,
    publisher: source.publisher,
    authors: cslNames(source.authors).map(formatCslName),
    issued: source.issued,
    issuedPrecision: source.issuedPrecision,
    url: source.url,
    accessed: source.accessed,
    archiveUrl: source.archiveUrl,
    archivedAt: source.archivedAt,
    lang: source.lang,
    doi: source.doi,
    deprecatedAt: source.deprecatedAt,
    citations,
    relays: groupRelations(source.relationsFrom.map((relation) => ({ kind: relation.kind, note: relation.note, other: relation.to }))),
    relayedBy: groupRelations(source.relationsTo.map((relation) => ({ kind: relation.kind, note: relation.note, other: relation.from }))),
  };
}

/** Route segments are strings; Postgres ids are positive 32-bit integers. */
export function sourceIdFromSegment(segment: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(segment)) return null;
  const id = Number(segment);
  return id <= 2_147_483_647 ? id : null;
}
