import "server-only";
import type { Db } from "../db/client";
import { cslNames, formatCslName } from "../sources/authors";
import { isCheckedCitation } from "../citations/checked-citation";
import { primaryFirst } from "./claim-page-citation";
import { mainStatement } from "./claim-page-format";
import { buildRelayChains, type RelayHop } from "./claim-page-relay";
import {
  CLAIM_PAGE_INCLUDE,
  loadRelayGraph,
  loadRevisions,
  loadSources,
  type CitationRow,
  type RelatedClaimRow,
  type SourceRow,
} from "./claim-page-queries";
import { compareWordings, type ComparedWording } from "./claim-page-wordings";
import { PUBLISHED_CLAIM } from "./readable-claims";
import type { TranslationFields } from "../quotes/quote-fields";

// Everything the claim permalink shows, in a handful of queries: the claim with its quotes,
// citations and relations (one query), the source relations around its sources (one per
// level), those sources, and the revision history.

export type ClaimPageSource = SourceRow;
export type ClaimPageCitation = CitationRow;

export interface ClaimPageQuote {
  id: number;
  text: string;
  lang: string;
  spokenLang: string;
  /** The translation's fields, with the source it is taken from by title. */
  translations: (Omit<TranslationFields, "sourceId"> & { id: number; source: { id: number; title: string } | null })[];
  citations: ClaimPageCitation[];
}

export interface ClaimPageRelated {
  relationId: number;
  /** "outgoing": this claim walks back / contradicts … the other; "incoming": the reverse. */
  direction: "outgoing" | "incoming";
  kind: string;
  relatedAt: Date | null;
  note: string | null;
  source: ClaimPageSource | null;
  claim: {
    id: number;
    slug: string;
    speaker: { slug: string; name: string };
    rank: string;
    statement: string;
    claimedAt: Date | null;
    claimedAtPrecision: "YEAR" | "MONTH" | "DAY" | null;
  };
}

export interface ClaimPageHop extends Omit<RelayHop, "sourceId" | "unresolvedUpstream"> {
  source: ClaimPageSource;
  /** First hop only, when where it got the words is not known: the sources it relays. */
  unresolvedUpstream: ClaimPageSource[];
  wordings: ComparedWording[];
}

export interface ClaimPageRevision {
  id: number;
  recordType: string;
  recordId: number;
  version: number;
  action: string;
  /** The editor's name, or "Claimtrail" for system writes such as the demo corpus. */
  author: string;
  reason: string;
  snapshot: unknown;
  createdAt: Date;
}

export interface ClaimPage {
  id: number;
  slug: string;
  /** As recorded; for a MISATTRIBUTED claim, the one the words are wrongly attributed to (see claim-byline.ts). */
  speaker: { slug: string; name: string; kind: string };
  /** Those who said it together with the speaker. */
  coSpeakers: { slug: string; name: string; kind: string }[];
  /** MISATTRIBUTED only: who really said it, when known. */
  actualSpeaker: { slug: string; name: string; kind: string } | null;
  claimedAt: Date | null;
  claimedAtPrecision: "YEAR" | "MONTH" | "DAY" | null;
  status: string;
  misattributedBy: { slug: string; name: string } | null;
  misattributionEvidence: string | null;
  rank: string;
  rankReason: string | null;
  verdict: string | null;
  verdictNote: string | null;
  version: number;
  updatedAt: Date;
  statements: { lang: string; text: string }[];
  about: { slug: string; name: string; kind: string }[];
  tags: { slug: string; label: string }[];
  quotes: ClaimPageQuote[];
  /** Every current citation, of the quotes and of the claim as a whole; primary sources first. */
  citations: ClaimPageCitation[];
  relayChains: ClaimPageHop[][];
  related: ClaimPageRelated[];
  revisions: ClaimPageRevision[];
}

const current = <T extends { deprecatedAt: Date | null }>(rows: T[]) => rows.filter((row) => !row.deprecatedAt);

/** When a relation happened (else when the other claim was made); undated ones sort last. */
const timeOf = (related: ClaimPageRelated) => (related.relatedAt ?? related.claim.claimedAt)?.getTime() ?? Number.MAX_SAFE_INTEGER;

function relatedClaim(row: RelatedClaimRow): ClaimPageRelated["claim"] {
  return {
    id: row.id,
    slug: row.slug,
    speaker: row.speaker,
    rank: row.rank,
    statement: mainStatement(row.statements)?.text ?? "",
    claimedAt: row.claimedAt,
    claimedAtPrecision: row.claimedAtPrecision,
  };
}

/** The published claim `id` as its page shows it, or null when there is none (or it is a draft). */
export async function findClaimPage(db: Db, id: number): Promise<ClaimPage | null> {
  const claim = await db.claim.findFirst({ where: { id, ...PUBLISHED_CLAIM }, include: CLAIM_PAGE_INCLUDE });
  if (!claim) return null;

  const quotes = current(claim.quotes).map((quote) => ({ ...quote, citations: current(quote.citations) }));
  const citations = [...quotes.flatMap((quote) => quote.citations), ...current(claim.citations)].sort(primaryFirst);
  const citedSourceIds = [...new Set(citations.map((citation) => citation.sourceId))];

  const [edges, revisions] = await Promise.all([loadRelayGraph(db, citedSourceIds), loadRevisions(db, claim)]);
  const cited = new Map(citations.map((citation) => [citation.sourceId, citation.source]));
  const others = await loadSources(
    db,
    [...new Set(edges.flatMap((edge) => [edge.fromSourceId, edge.toSourceId]))].filter((sourceId) => !cited.has(sourceId)),
  );
  const sources = new Map<number, ClaimPageSource>([...cited, ...others]);

  const speakers = [claim.speaker, ...claim.coSpeakers.map(({ entity }) => entity)];
  const chains = buildRelayChains({
    citations: citations.map((citation) => ({ sourceId: citation.sourceId, role: citation.role })),
    edges,
    sources: new Map(
      [...sources].map(([id, source]) => [
        id,
        { ...source, authorNames: cslNames(source.authors).map((name) => formatCslName(name).toLowerCase()) },
      ]),
    ),
    speakerIds: new Set(speakers.map((speaker) => speaker.id)),
    speakerNames: new Set(
      speakers.flatMap((speaker) => [speaker.name, ...speaker.names.map((name) => name.value)]).map((name) => name.toLowerCase()),
    ),
    speakerOutletIds: new Set(speakers.flatMap((speaker) => speaker.memberships.map((membership) => membership.organizationId))),
    claimedAt: claim.claimedAt,
    claimedAtPrecision: claim.claimedAtPrecision,
  });
  const relayChains = chains.map((hops) => {
    const wordings = compareWordings(
      hops.map((hop) =>
        citations
          .filter((citation) => citation.sourceId === hop.sourceId)
          .sort((a, b) => a.id - b.id)
          .map((citation) => ({
            text: citation.exact,
            lang: citation.source.lang,
            checked: isCheckedCitation(citation),
            measure: citation.measure,
          })),
      ),
    );
    return hops.map(({ sourceId, unresolvedUpstream, ...hop }, index) => ({
      ...hop,
      source: sources.get(sourceId)!,
      wordings: wordings[index]!,
      unresolvedUpstream: unresolvedUpstream.map((id) => sources.get(id)!).filter(Boolean),
    }));
  });

  const related: ClaimPageRelated[] = [
    ...claim.relationsFrom.map((relation) => ({ relation, direction: "outgoing" as const, other: relation.to })),
    ...claim.relationsTo.map((relation) => ({ relation, direction: "incoming" as const, other: relation.from })),
  ]
    .map(({ relation, direction, other }) => ({
      relationId: relation.id,
      direction,
      kind: relation.kind,
      relatedAt: relation.relatedAt,
      note: relation.note,
      source: relation.source,
      claim: relatedClaim(other),
    }))
    .sort((a, b) => timeOf(a) - timeOf(b) || a.relationId - b.relationId);

  return {
    id: claim.id,
    slug: claim.slug,
    speaker: { slug: claim.speaker.slug, name: claim.speaker.name, kind: claim.speaker.kind },
    coSpeakers: claim.coSpeakers.map(({ entity }) => ({ slug: entity.slug, name: entity.name, kind: entity.kind })),
    actualSpeaker: claim.actualSpeaker,
    claimedAt: claim.claimedAt,
    claimedAtPrecision: claim.claimedAtPrecision,
    status: claim.status,
    misattributedBy: claim.misattributedBy,
    misattributionEvidence: claim.misattributionEvidence,
    rank: claim.rank,
    rankReason: claim.rankReason,
    verdict: claim.verdict,
    verdictNote: claim.verdictNote,
    version: claim.version,
    updatedAt: claim.updatedAt,
    statements: claim.statements.map(({ lang, text }) => ({ lang, text })),
    about: claim.entities.map(({ entity }) => entity),
    tags: claim.tags.map(({ tag }) => tag),
    quotes: quotes.map(({ id, text, lang, spokenLang, translations, citations }) => ({
      id,
      text,
      lang,
      spokenLang,
      translations,
      citations,
    })),
    citations,
    relayChains,
    related,
    revisions: revisions.map((revision) => ({
      id: revision.id,
      recordType: revision.recordType,
      recordId: revision.recordId,
      version: revision.version,
      action: revision.action,
      author: revision.author?.displayName ?? "Claimtrail",
      reason: revision.reason,
      snapshot: revision.snapshot,
      createdAt: revision.createdAt,
    })),
  };
}
