import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ClaimPageView } from "@/components/claim/claim-page-view";
import { saidBy } from "@/lib/claims/claim-byline";
import { claimDescription, claimPublishedTime, claimTitle } from "@/lib/claims/claim-page-metadata";
import { publicPageMetadata, speakerFeed, topicFeed } from "@/lib/crawl/page-metadata";
import { claimPageExtras } from "@/lib/claims/claim-page-props";
import { claimAlternateTypes } from "@/lib/http/negotiate-claim-format";
import { absoluteUrl, publicOrigin } from "@/lib/http/public-origin";
import { findClaimPage } from "@/lib/claims/find-claim-page";
import { hasRole } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/request-actor";
import { db } from "@/lib/db/client";
import { claimIdFromSegment, claimPath, editClaimPath, historyPath } from "@/lib/routes";

interface ClaimRouteProps {
  /** The segment is "<id>-<slug>"; only the id identifies the claim. */
  params: Promise<{ id: string }>;
}

// One load per request, shared by the metadata and the page.
const loadClaim = cache(async (segment: string) => {
  const id = claimIdFromSegment(segment);
  return id === null ? null : findClaimPage(db(), id);
});

export async function generateMetadata({ params }: ClaimRouteProps): Promise<Metadata> {
  const claim = await loadClaim((await params).id);
  if (!claim) return { title: "Claim not found" };
  const origin = publicOrigin(await headers());
  return publicPageMetadata({
    origin,
    path: claimPath(claim),
    title: claimTitle(claim),
    description: claimDescription(claim),
    type: "article",
    contentLanguages: [...claim.quotes.map((quote) => quote.lang), ...claim.statements.map((statement) => statement.lang)],
    feeds: [...saidBy(claim).map(speakerFeed), ...claim.tags.map(topicFeed)],
    alternateTypes: claimAlternateTypes(absoluteUrl(origin, claimPath(claim))),
    openGraph: claimPublishedTime(claim),
  });
}

export default async function ClaimRoute({ params }: ClaimRouteProps) {
  const segment = (await params).id;
  const claim = await loadClaim(segment);
  if (!claim) notFound();
  // Old or mistyped slugs lead to the one address the claim is known by.
  if (`/claims/${segment}` !== claimPath(claim)) permanentRedirect(claimPath(claim));
  const editorLinks = hasRole(await currentActor(), "EDITOR")
    ? { edit: editClaimPath(claim), history: historyPath("claim", claim.id) }
    : undefined;
  return <ClaimPageView claim={claim} editorLinks={editorLinks} {...claimPageExtras(claim, publicOrigin(await headers()))} />;
}
