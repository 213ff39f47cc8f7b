import { formatTimestampUtc } from "@/lib/claims/claim-page-format";
import type { ClaimPageRevision } from "@/lib/claims/find-claim-page";
import shared from "./claim-page.module.css";
import styles from "./revision-history.module.css";

const RECORD_LABELS: Record<string, string> = { claim: "Claim", quote: "Quote", citation: "Citation", claim_relation: "Relation" };
const ACTION_LABELS: Record<string, string> = { CREATE: "Created", UPDATE: "Edited", DEPRECATE: "Deprecated", RESTORE: "Restored" };

/** Every recorded change to the claim and to its quotes, citations and relations, newest first. */
export function RevisionHistory({ revisions, historyHref }: { revisions: ClaimPageRevision[]; historyHref?: string }) {
  return (
    <section className={shared.section} aria-labelledby="claim-history">
      <h2 id="claim-history" className={shared.sectionTitle}>
        History
      </h2>
      <p className={shared.sectionIntro}>
        Every change to the claim and to its quotes, citations and relations, newest first. Open a line to see the record as it was saved.
      </p>
      {historyHref ? (
        <p className={shared.sectionIntro}>
          <a href={historyHref}>The claim&apos;s revisions with their field-level changes, and restore</a>
        </p>
      ) : null}
      {revisions.length ? (
        <ol className={styles.list} aria-label="Revisions, newest first">
          {revisions.map((revision) => (
            <li key={revision.id} className={styles.revision} data-testid="revision">
              {/* The whole line opens the snapshot of the record as this revision left it. */}
              <details>
                <summary className={styles.summary}>
                  <time dateTime={revision.createdAt.toISOString()} className={styles.when}>
                    {formatTimestampUtc(revision.createdAt)}
                  </time>
                  <span className={styles.what}>
                    <strong>{ACTION_LABELS[revision.action] ?? revision.action}</strong>{" "}
                    {`${RECORD_LABELS[revision.recordType] ?? revision.recordType} #${revision.recordId}`}
                    <span className={shared.muted}>
                      {" "}
                      · v{revision.version} · by {revision.author}
                    </span>
                  </span>
                  <span className={styles.reason}>{revision.reason}</span>
                </summary>
                {/* A <pre> may not carry a label of its own (its role is generic): a figure's caption names it. */}
                <figure className={styles.snapshotFigure}>
                  <figcaption className="sr-only">{`Snapshot of ${RECORD_LABELS[revision.recordType] ?? revision.recordType} #${revision.recordId}, version ${revision.version}`}</figcaption>
                  <pre className={styles.snapshot}>{JSON.stringify(revision.snapshot, null, 2)}</pre>
                </figure>
              </details>
            </li>
          ))}
        </ol>
      ) : (
        <p className={shared.muted}>No revisions are recorded.</p>
      )}
    </section>
  );
}
