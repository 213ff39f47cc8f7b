import type { ClaimSummary } from "@/lib/claims/find-latest-claims";
import { StatusBadge } from "@/components/status-badge";

export function ClaimCard({ claim }: { claim: ClaimSummary }) {
  return (
    <article className="claim-card" data-testid="claim-card">
      {claim.quote ? <blockquote lang={claim.quote.lang}>{claim.quote.text}</blockquote> : null}
      <p>{claim.statement}</p>
      <div className="claim-meta">
        <span data-testid="speaker">{claim.speaker.name}</span>
        {claim.claimedAt ? <time dateTime={claim.claimedAt.toISOString().slice(0, 10)}>{claim.claimedAt.toISOString().slice(0, 10)}</time> : null}
        <StatusBadge status={claim.status} />
      </div>
    </article>
  );
}
