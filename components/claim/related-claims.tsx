import { RELATION_PHRASES } from "@/lib/claims/claim-page-explanations";
import { mainStatement, outletOf } from "@/lib/claims/claim-page-format";
import type { ClaimPage, ClaimPageRelated } from "@/lib/claims/find-claim-page";
import { claimPath, entityPath, sourcePath } from "@/lib/routes";
import { PartialDate } from "./partial-date";
import shared from "./claim-page.module.css";
import styles from "./related-claims.module.css";

type Entry = { kind: "this"; at: Date | null } | { kind: "related"; at: Date | null; related: ClaimPageRelated };

// On the same day, what this claim responds to comes before it and what responds to it after.
const TIE_ORDER = { outgoing: 0, this: 1, incoming: 2 };
const tieRank = (entry: Entry) => TIE_ORDER[entry.kind === "this" ? "this" : entry.related.direction];
const NO_DATE = 8.64e15;

function RelatedEntry({ related }: { related: ClaimPageRelated }) {
  const phrases = RELATION_PHRASES[related.kind];
  const phrase = phrases ? phrases[related.direction] : related.kind;
  const other = related.claim;
  return (
    <li className={styles.entry} data-testid="related-claim" data-kind={related.kind} data-direction={related.direction}>
      <p className={styles.when}>{related.relatedAt ? <PartialDate date={related.relatedAt} precision="DAY" /> : "Date not known"}</p>
      <div className={styles.body}>
        <p className={styles.phrase}>{phrase}</p>
        <p className={styles.claim}>
          <a href={claimPath(other)} data-testid="related-claim-link">
            {other.statement}
          </a>
        </p>
        <p className={styles.meta}>
          <a href={entityPath(other.speaker)}>{other.speaker.name}</a>
          {other.claimedAt ? (
            <>
              {", "}
              <PartialDate date={other.claimedAt} precision={other.claimedAtPrecision} />
            </>
          ) : null}
          {related.source ? (
            <>
              {" · on the evidence of "}
              <a href={sourcePath(related.source)}>{outletOf(related.source)}</a>
            </>
          ) : null}
        </p>
        {related.note ? <p className={styles.note}>{related.note}</p> : null}
      </div>
    </li>
  );
}

/** What this claim walks back, repeats, contradicts…, and what does so to it, on one timeline. */
export function RelatedClaims({ claim }: { claim: ClaimPage }) {
  const entries: Entry[] = [
    { kind: "this" as const, at: claim.claimedAt },
    ...claim.related.map((related) => ({ kind: "related" as const, at: related.relatedAt ?? related.claim.claimedAt, related })),
  ].sort((a, b) => (a.at?.getTime() ?? NO_DATE) - (b.at?.getTime() ?? NO_DATE) || tieRank(a) - tieRank(b));
  const english = mainStatement(claim.statements);

  return (
    <section className={shared.section} aria-labelledby="related-claims">
      <h2 id="related-claims" className={shared.sectionTitle}>
        Related claims
      </h2>
      {claim.related.length ? (
        <ol className={styles.timeline} aria-label="Related claims, oldest first">
          {entries.map((entry) =>
            entry.kind === "this" ? (
              <li key="this" className={styles.entry} data-current="true">
                <p className={styles.when}>
                  {claim.claimedAt ? <PartialDate date={claim.claimedAt} precision={claim.claimedAtPrecision} /> : "Date not known"}
                </p>
                <div className={styles.body}>
                  <p className={styles.phrase}>This claim</p>
                  <p className={styles.claim} lang={english?.lang}>
                    {english?.text}
                  </p>
                </div>
              </li>
            ) : (
              <RelatedEntry key={entry.related.relationId} related={entry.related} />
            ),
          )}
        </ol>
      ) : (
        <p className={shared.muted}>No related claims are recorded.</p>
      )}
    </section>
  );
}
