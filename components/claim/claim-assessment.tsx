import { StatusBadge } from "@/components/status-badge";
import {
  RANK_EXPLANATIONS,
  STATUS_EXPLANATIONS,
  VERDICT_EXPLANATIONS,
  VERDICT_LABELS,
  explain,
} from "@/lib/claims/claim-page-explanations";
import type { ClaimPage } from "@/lib/claims/find-claim-page";
import { verificationLostReason } from "@/lib/claims/verification-lost";
import { RANK_LABELS, labelFor } from "@/lib/domain/labels";
import shared from "./claim-page.module.css";
import styles from "./claim-assessment.module.css";

/** Attribution status, rank and verdict, each with what it means in plain words. */
export function ClaimAssessment({ claim }: { claim: ClaimPage }) {
  return (
    <section className={shared.section} aria-labelledby="claim-assessment">
      <h2 id="claim-assessment" className={shared.sectionTitle}>
        How far it is established
      </h2>
      <dl className={styles.grid}>
        <div className={styles.item} data-testid="assessment-status">
          <dt>Attribution</dt>
          <dd>
            <StatusBadge status={claim.status} />
            <p>{explain(STATUS_EXPLANATIONS, claim.status)}</p>
            <VerificationLost claim={claim} />
          </dd>
        </div>
        <div className={styles.item} data-testid="assessment-rank">
          <dt>Rank</dt>
          <dd>
            <span className={styles.value} data-rank={claim.rank}>
              {labelFor(RANK_LABELS, claim.rank)}
            </span>
            <p>{explain(RANK_EXPLANATIONS, claim.rank)}</p>
            {claim.rankReason ? (
              <p className={styles.reason}>
                <span className={styles.reasonLabel}>Why: </span>
                {claim.rankReason}
              </p>
            ) : null}
          </dd>
        </div>
        {claim.verdict ? (
          <div className={styles.item} data-testid="assessment-verdict">
            <dt>Verdict</dt>
            <dd>
              <span className={styles.value} data-verdict={claim.verdict}>
                {labelFor(VERDICT_LABELS, claim.verdict)}
              </span>
              <p>{explain(VERDICT_EXPLANATIONS, claim.verdict)}</p>
              {claim.verdictNote ? <p className={styles.reason}>{claim.verdictNote}</p> : null}
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

/** Said beside the status while the claim is as the change that took its verification away left it. */
function VerificationLost({ claim }: { claim: ClaimPage }) {
  const reason = verificationLostReason(claim.id, claim.revisions);
  if (!reason) return null;
  return (
    <p className={styles.reason} role="note" data-testid="verification-lost">
      {reason}
    </p>
  );
}
