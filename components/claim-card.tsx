import type { ClaimSummary } from "@/lib/claims/find-latest-claims";
import { ATTRIBUTION_STATUS_LABELS, labelFor } from "@/lib/domain/labels";

export function ClaimCard({ claim }: { claim: ClaimSummary }) {
  return (
    <article className="claim-card" data-testid="claim-card">
      {claim.quote ? <blockquote lang={claim.quote.lang}>{claim.quote.text}</blockquote> : null}
      <p>{claim.statement}</p>
      <div className="claim-meta">
        <span data-testid="speaker">{claim.speaker.name}</span>
        {claim.claimedAt ? <time dateTime={claim.claimedAt.toISOString().slice(0, 10)}>{claim.claimedAt.toISOString().slice(0, 10)}</time> : null}
        <span className="badge">{labelFor(ATTRIBUTION_STATUS_LABELS, claim.status)}</span>
      </div>
    </article>
  );
}
