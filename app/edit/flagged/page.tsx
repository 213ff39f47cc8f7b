import type { Metadata } from "next";
import { formatTimestampUtc } from "@/lib/claims/claim-page-format";
import { findLostVerifications } from "@/lib/claims/find-lost-verifications";
import { db } from "@/lib/db/client";
import { claimPath, FLAGGED_PATH, sourcePath } from "@/lib/routes";
import { findUnanchoredCitations } from "@/lib/sources/source-snapshot";
import styles from "@/components/editing/edit.module.css";
import { editorOfPage, NotForYou } from "@/components/editing/editor-gate";

export const metadata: Metadata = { title: "Flagged records", robots: { index: false } };
export const dynamic = "force-dynamic";

/** What a change of a stored text or of a citation left for editors to fix. */
export default async function FlaggedPage() {
  const editor = await editorOfPage(FLAGGED_PATH);
  if (!editor) return <NotForYou />;
  const [citations, lost] = await Promise.all([findUnanchoredCitations(db()), findLostVerifications(db())]);
  return (
    <div className={styles.page}>
      <h1>Flagged records</h1>
      <section aria-labelledby="flagged-unanchored">
        <h2 id="flagged-unanchored">Citations whose words are not in their source&rsquo;s stored text</h2>
        {citations.length ? (
          <ul>
            {citations.map((citation) => {
              const claim = citation.claim ?? citation.quote?.claim;
              return (
                <li key={citation.id} data-testid="flagged-citation">
                  Citation #{citation.id} of <a href={sourcePath(citation.source)}>{citation.source.title}</a>: {citation.exact}
                  {claim ? (
                    <>
                      {" "}
                      (<a href={claimPath(claim)}>claim #{claim.id}</a>)
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>None: every citation of a source with a stored text is found in it.</p>
        )}
      </section>
      <section aria-labelledby="flagged-verification-lost">
        <h2 id="flagged-verification-lost">Claims that lost their verification against the primary</h2>
        {lost.length ? (
          <ul>
            {lost.map(({ claim, reason, at }) => (
              <li key={claim.id} data-testid="flagged-claim">
                <a href={claimPath(claim)}>
                  {claim.statements.find((statement) => statement.lang === "en")?.text ?? claim.statements[0]?.text ?? claim.slug}
                </a>{" "}
                <span className={styles.hint}>
                  {formatTimestampUtc(at)} · {reason}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>None.</p>
        )}
      </section>
    </div>
  );
}
