import type { FormattedCitation } from "@/lib/citations/format-citation";
import type { ClaimPage, ClaimPageSource } from "@/lib/claims/find-claim-page";
import { claimPath } from "@/lib/routes";
import { CitationList } from "./citation-list";
import { CiteThis } from "./cite-this";
import { ClaimAssessment } from "./claim-assessment";
import { ClaimHero, ClaimStatements } from "./claim-hero";
import { RelatedClaims } from "./related-claims";
import { RelayChain } from "./relay-chain";
import { RevisionHistory } from "./revision-history";
import styles from "./claim-page.module.css";

export interface ClaimPageViewProps {
  claim: ClaimPage;
  permalink: string;
  citations: FormattedCitation[];
  citedSource: ClaimPageSource | null;
  /** Serialised with serializeJsonLd, so safe inside a script element. */
  jsonLd: string;
  /** For editors only: where to edit the claim and to read its full history. */
  editorLinks?: { edit: string; history: string };
}

/** The claim permalink: the words first, then how we know, then how to cite and what changed. */
export function ClaimPageView({ claim, permalink, citations, citedSource, jsonLd, editorLinks }: ClaimPageViewProps) {
  return (
    <article className={styles.page} data-testid="claim-page">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      {editorLinks ? (
        <nav aria-label="Editing" className={styles.editorLinks}>
          <a href={editorLinks.edit}>Edit this claim</a>
          <a href={editorLinks.history}>Full history with changes</a>
        </nav>
      ) : null}
      <ClaimHero claim={claim} permalink={permalink} />
      <ClaimStatements claim={claim} />
      <ClaimAssessment claim={claim} />
      <RelayChain chains={claim.relayChains} speaker={claim.speaker} />
      <CitationList claim={claim} />
      <RelatedClaims claim={claim} />
      <CiteThis citations={citations} source={citedSource} citePath={`${claimPath(claim)}/cite`} />
      <RevisionHistory revisions={claim.revisions} historyHref={editorLinks?.history} />
    </article>
  );
}
