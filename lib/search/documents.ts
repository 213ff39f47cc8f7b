import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { isoPartialDate } from "../domain/partial-date";
import type { SearchDocument, SearchDocumentSource } from "./contract";

// Builds search documents from the current rows. The index is a cache of these: the worker
// and the rebuild both come here, so what is searched is always what the database says.

const DOCUMENT_INCLUDE = {
  speaker: {
    include: {
      names: true,
      memberships: { include: { organization: { include: { names: true } } } },
      members: { include: { person: { include: { names: true } } } },
    },
  },
  coSpeakers: { orderBy: { entityId: "asc" }, include: { entity: { include: { names: true } } } },
  actualSpeaker: { include: { names: true } },
  misattributedBy: true,
  statements: { orderBy: { lang: "asc" } },
  entities: { include: { entity: { include: { names: true } } } },
  tags: { include: { tag: true } },
  citations: { where: { deprecatedAt: null }, include: { source: { include: { publisher: true } } } },
  quotes: {
    orderBy: { id: "asc" },
    include: {
      translations: { orderBy: { id: "asc" } },
      citations: { where: { deprecatedAt: null }, include: { source: { include: { publisher: true } } } },
    },
  },
} satisfies Prisma.ClaimInclude;

type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof DOCUMENT_INCLUDE }>;
type CitationRow = ClaimRow["citations"][number];

const namesOf = (entity: { name: string; names: { value: string }[] }) => [
  ...new Set([entity.name, ...entity.names.map((name) => name.value)]),
];

/** Roles that make a person stand for an organisation in search ("Murati" finds her lab). */
const LEADING_ROLE = /found|\bceo\b|chief executive|chair|president/i;

/** Whether an affiliation held on the claim's date; undated ends count as open. */
function heldOn(affiliation: { startDate: Date | null; endDate: Date | null }, claimedAt: Date | null): boolean {
  if (!claimedAt) return true;
  return (!affiliation.startDate || affiliation.startDate <= claimedAt) && (!affiliation.endDate || affiliation.endDate >= claimedAt);
}

/**
 * Names the claim is reached by through the speaker's affiliations: a person's organisations
 * as of the claim's date, an organisation's founders and leaders.
 */
function affiliatedNamesOf(claim: ClaimRow): string[] {
  const speaker = claim.speaker;
  const related =
    speaker.kind === "ORGANIZATION"
      ? speaker.members.filter((member) => LEADING_ROLE.test(member.role) && heldOn(member, claim.claimedAt)).map((member) => member.person)
      : speaker.memberships.filter((membership) => heldOn(membership, claim.claimedAt)).map((membership) => membership.organization);
  return [...new Set(related.flatMap(namesOf))];
}

function sourcesOf(citations: CitationRow[]): SearchDocumentSource[] {
  const ordered = [...citations].sort((a, b) => Number(a.role !== "PRIMARY") - Number(b.role !== "PRIMARY") || a.id - b.id);
  const seen = new Map<number, SearchDocumentSource>();
  for (const { source } of ordered) {
    if (seen.has(source.id) || source.deprecatedAt) continue;
    seen.set(source.id, {
      id: source.id,
      title: source.title,
      publisher: source.publisher ? { slug: source.publisher.slug, name: source.publisher.name } : null,
      url: source.url,
      type: source.type,
    });
  }
  return [...seen.values()];
}

function documentsOf(claim: ClaimRow): SearchDocument[] {
  const speaker = claim.speaker;
  const orgs = speaker.kind === "ORGANIZATION" ? [speaker] : speaker.memberships.map((membership) => membership.organization);
  const shared = {
    claimId: claim.id,
    claimSlug: claim.slug,
    statements: claim.statements.map(({ lang, text }) => ({ lang, text })),
    speaker: { slug: speaker.slug, name: speaker.name, names: namesOf(speaker) },
    coSpeakers: claim.coSpeakers.map(({ entity }) => ({ slug: entity.slug, name: entity.name, names: namesOf(entity) })),
    misattribution:
      claim.status === "MISATTRIBUTED"
        ? {
            actualSpeaker: claim.actualSpeaker
              ? { slug: claim.actualSpeaker.slug, name: claim.actualSpeaker.name, names: namesOf(claim.actualSpeaker) }
              : null,
            by: claim.misattributedBy ? { slug: claim.misattributedBy.slug, name: claim.misattributedBy.name } : null,
            evidence: claim.misattributionEvidence,
          }
        : null,
    orgs: [...new Map(orgs.map((org) => [org.slug, { slug: org.slug, name: org.name }])).values()],
    entities: claim.entities.map(({ entity }) => ({ slug: entity.slug, name: entity.name, names: namesOf(entity) })),
    affiliated: affiliatedNamesOf(claim),
    tags: claim.tags.map(({ tag }) => ({ slug: tag.slug, name: tag.label })),
    claimedAt: claim.claimedAt ? isoPartialDate(claim.claimedAt, claim.claimedAtPrecision) : null,
    claimedAtPrecision: claim.claimedAt ? claim.claimedAtPrecision : null,
    status: claim.status,
    rank: claim.rank,
    rankReason: claim.rankReason,
  };
  const quotes = claim.quotes.filter((quote) => !quote.deprecatedAt);
  if (quotes.length === 0) {
    // A claim without words of its own (a figure) is found by its statement.
    const [main, ...others] = [...claim.statements].sort((a, b) => Number(a.lang !== "en") - Number(b.lang !== "en"));
    if (!main) return [];
    return [
      {
        ...shared,
        id: `c${claim.id}`,
        quoteId: null,
        text: main.text,
        lang: main.lang,
        translations: others.map(({ lang, text }) => ({ lang, text })),
        sources: sourcesOf(claim.citations),
      },
    ];
  }
  return quotes.map((quote) => ({
    ...shared,
    id: `q${quote.id}`,
    quoteId: quote.id,
    text: quote.text,
    lang: quote.lang,
    translations: quote.translations.map(({ lang, text }) => ({ lang, text })),
    sources: sourcesOf([...quote.citations, ...claim.citations]),
  }));
}

export interface ClaimDocuments {
  /** Documents to index now. */
  documents: SearchDocument[];
  /** Ids these claims may have had in the index that must no longer be there. */
  staleIds: string[];
}

/** Current documents of the given claims; drafts and vanished claims have none. */
export async function loadClaimDocuments(db: Db, claimIds: number[]): Promise<ClaimDocuments> {
  if (claimIds.length === 0) return { documents: [], staleIds: [] };
  const claims = await db.claim.findMany({ where: { id: { in: claimIds }, state: "PUBLISHED" }, include: DOCUMENT_INCLUDE });
  const documents = claims.flatMap(documentsOf);
  const current = new Set(documents.map((document) => document.id));
  const everQuoted = await db.quote.findMany({ where: { claimId: { in: claimIds } }, select: { id: true } });
  const possible = [...claimIds.map((id) => `c${id}`), ...everQuoted.map((quote) => `q${quote.id}`)];
  return { documents, staleIds: possible.filter((id) => !current.has(id)) };
}

/** Published claim ids in batches, for a full rebuild. */
export async function* publishedClaimIdBatches(db: Db, batchSize = 500): AsyncGenerator<number[]> {
  let after = 0;
  for (;;) {
    const rows = await db.claim.findMany({
      where: { id: { gt: after }, state: "PUBLISHED" },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true },
    });
    if (rows.length === 0) return;
    yield rows.map((row) => row.id);
    after = rows.at(-1)!.id;
  }
}
