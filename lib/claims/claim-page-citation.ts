import "server-only";
import { toCslItem, type CslItem } from "../citations/csl";
import { bylineText, type BylineClaim, type BylinePerson } from "./claim-byline";
import type { Db } from "../db/client";
import { claimPath } from "../routes";
import { SOURCE_SELECT, type CitationRow } from "./claim-page-queries";
import { absoluteUrl } from "../http/public-origin";
import { PUBLISHED_CLAIM } from "./readable-claims";

// "Cite this": a claim is cited through the source it comes from. That is its primary source
// (the quote as found there) when there is one; otherwise the relay Claimtrail read it in,
// which is then the most direct source anyone can check.

interface CitableClaim extends BylineClaim<BylinePerson> {
  id: number;
  slug: string;
  /** The claim's current citations, in the page's order (primary sources first). */
  citations: Pick<CitationRow, "role" | "exact" | "measure" | "source" | "page" | "paragraph" | "startSeconds" | "endSeconds">[];
}

/** Sort order of a claim's citations: primary sources first, then as they were entered. */
export function primaryFirst(a: { role: string; id: number }, b: { role: string; id: number }): number {
  return Number(a.role !== "PRIMARY") - Number(b.role !== "PRIMARY") || a.id - b.id;
}

export function citedCitationOf(claim: CitableClaim): CitableClaim["citations"][number] | null {
  return claim.citations.find((citation) => citation.role === "PRIMARY") ?? claim.citations[0] ?? null;
}

/** The CSL-JSON item for the claim, or null when it cites no source at all. */
export function claimCslItem(claim: CitableClaim, origin: string): CslItem | null {
  const citation = citedCitationOf(claim);
  if (!citation) return null;
  const { source } = citation;
  const original = source.relationsFrom[0]?.to;
  return toCslItem(
    {
      ...source,
      publisherName: source.publisher?.name ?? null,
      original: original && { ...original, publisherName: original.publisher?.name ?? null },
    },
    {
      claimId: claim.id,
      speakerName: bylineText(claim),
      exact: citation.exact,
      measure: citation.measure,
      permalink: absoluteUrl(origin, claimPath(claim)),
      locator: citation,
    },
  );
}

const citationsOf = {
  where: { deprecatedAt: null },
  orderBy: { id: "asc" },
  select: {
    id: true,
    role: true,
    exact: true,
    measure: true,
    page: true,
    paragraph: true,
    startSeconds: true,
    endSeconds: true,
    source: { select: SOURCE_SELECT },
  },
} as const;

/** The published claim with just what its citation needs, for the download route. */
export async function findCitableClaim(db: Db, id: number): Promise<CitableClaim | null> {
  const claim = await db.claim.findFirst({
    where: { id, ...PUBLISHED_CLAIM },
    select: {
      id: true,
      slug: true,
      status: true,
      speaker: { select: { slug: true, name: true } },
      actualSpeaker: { select: { slug: true, name: true } },
      coSpeakers: { orderBy: { entityId: "asc" }, select: { entity: { select: { slug: true, name: true } } } },
      citations: citationsOf,
      quotes: { where: { deprecatedAt: null }, orderBy: { id: "asc" }, select: { citations: citationsOf } },
    },
  });
  if (!claim) return null;
  const citations = [...claim.quotes.flatMap((quote) => quote.citations), ...claim.citations].sort(primaryFirst);
  const { id: claimId, slug, status, speaker, actualSpeaker } = claim;
  return { id: claimId, slug, status, speaker, actualSpeaker, coSpeakers: claim.coSpeakers.map(({ entity }) => entity), citations };
}
