import { SpeakerList } from "@/components/speaker-list";
import { UNKNOWN_SPEAKER, isMisattributed, saidBy } from "@/lib/claims/claim-byline";
import type { ClaimPage } from "@/lib/claims/find-claim-page";
import { claimPath, entityPath } from "@/lib/routes";
import styles from "./claim-notices.module.css";

/** Who said it, linked: the speaker and co-speakers, or a misattributed claim's actual speaker ("Unknown speaker"). */
export function ClaimByline({ claim, linkClassName }: { claim: ClaimPage; linkClassName?: string }) {
  return (
    <SpeakerList
      people={saidBy(claim)}
      unknown={<span data-testid="claim-speaker">{UNKNOWN_SPEAKER}</span>}
      link={(person, index) => (
        <a href={entityPath(person)} className={linkClassName} data-testid={index === 0 ? "claim-speaker" : "claim-co-speaker"}>
          {person.name}
        </a>
      )}
    />
  );
}

/** To whom the words were wrongly attributed, by whom, and the evidence. */
export function MisattributionNotice({ claim }: { claim: ClaimPage }) {
  if (!isMisattributed(claim)) return null;
  return (
    <p className={styles.notice} role="note" data-testid="misattribution">
      <strong>Misattributed</strong> to <a href={entityPath(claim.speaker)}>{claim.speaker.name}</a>
      {claim.misattributedBy ? (
        <>
          {" "}
          by <a href={entityPath(claim.misattributedBy)}>{claim.misattributedBy.name}</a>
        </>
      ) : null}
      . {claim.actualSpeaker ? `${claim.actualSpeaker.name} said it.` : "Who really said it is not known."}
      {claim.misattributionEvidence ? <span className={styles.evidence}> Evidence: {claim.misattributionEvidence}</span> : null}
    </p>
  );
}

/** A deprecated claim keeps its permalink, says why, and points to the preferred record of the same words. */
export function DeprecationNotice({ claim }: { claim: ClaimPage }) {
  if (claim.rank !== "DEPRECATED") return null;
  const preferred = claim.related.find((related) => related.claim.rank === "PREFERRED")?.claim;
  return (
    <p className={styles.notice} role="note" data-testid="deprecation">
      <strong>Deprecated</strong>
      {claim.rankReason ? `: ${claim.rankReason}` : "."}{" "}
      {preferred ? (
        <>
          The preferred record is{" "}
          <a href={claimPath(preferred)} data-testid="preferred-record">
            {preferred.statement || preferred.slug}
          </a>
          .
        </>
      ) : (
        "No preferred record is linked to it."
      )}
    </p>
  );
}
