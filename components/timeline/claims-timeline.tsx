import { UNKNOWN_SPEAKER } from "@/lib/claims/claim-byline";
import { StatusBadge } from "@/components/status-badge";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { claimPath, entityPath } from "@/lib/routes";
import { groupByDate, type DatedClaim } from "./group-by-date";
import styles from "./claims-timeline.module.css";

export interface TimelineClaim extends DatedClaim {
  id: number;
  slug: string;
  status: string;
  /** The claim's first verbatim quote, if it has words of its own. */
  quote: { text: string; lang: string } | null;
  /** The normalised assertion, preferably in English. */
  statement: { text: string; lang: string } | null;
  speaker: { slug: string; name: string } | null;
}

interface Props {
  claims: TimelineClaim[];
  /** Names the list for assistive technology, e.g. the id of the section's heading. */
  labelledBy: string;
  /** A speaker whose name goes without saying (the page is theirs); others are named. */
  omitSpeaker?: string;
}

const same = (a: string, b: string) => a.trim().replace(/[.。]$/, "") === b.trim().replace(/[.。]$/, "");

function ClaimEntry({ claim, showSpeaker }: { claim: TimelineClaim; showSpeaker: boolean }) {
  const { quote, statement } = claim;
  const href = claimPath(claim);
  // The link carries the claim's own words: the statement when it says something the quote
  // does not, otherwise the quote itself.
  const linkStatement = statement && !(quote && same(quote.text, statement.text));
  return (
    <li className={styles.claim} data-testid="timeline-claim">
      {quote ? (
        <blockquote className={styles.quote} lang={quote.lang}>
          {linkStatement ? (
            <p>{quote.text}</p>
          ) : (
            <p>
              <a href={href}>{quote.text}</a>
            </p>
          )}
        </blockquote>
      ) : null}
      {linkStatement ? (
        <p className={quote ? styles.statement : styles.statementOnly} lang={statement.lang}>
          <a href={href}>{statement.text}</a>
        </p>
      ) : null}
      <p className={styles.meta}>
        {showSpeaker ? (
          claim.speaker ? (
            <a href={entityPath(claim.speaker)} className={styles.speaker}>
              {claim.speaker.name}
            </a>
          ) : (
            <span className={styles.speaker}>{UNKNOWN_SPEAKER}</span>
          )
        ) : null}
        <StatusBadge status={claim.status} />
      </p>
    </li>
  );
}

/** Claims under the dates they were made, newest first, each linking to its claim page. */
export function ClaimsTimeline({ claims, labelledBy, omitSpeaker }: Props) {
  return (
    <ol className={styles.timeline} aria-labelledby={labelledBy}>
      {groupByDate(claims).map((group) => (
        <li key={group.key ?? "undated"} className={styles.group}>
          <h3 className={styles.date}>
            {group.date && group.key ? (
              <time dateTime={group.key}>{formatPartialDate(group.date, group.precision)}</time>
            ) : (
              "Date not known"
            )}
          </h3>
          <ul className={styles.claims}>
            {group.claims.map((claim) => (
              <ClaimEntry key={claim.id} claim={claim} showSpeaker={claim.speaker?.slug !== omitSpeaker} />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
