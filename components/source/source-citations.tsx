import { StatusBadge } from "@/components/status-badge";
import type { SourceCitation } from "@/lib/sources/find-source-page";
import { citationRoleLabel } from "@/lib/sources/labels";
import { claimPath, entityPath } from "@/lib/routes";
import styles from "./source.module.css";
import list from "./source-citations.module.css";

/** The words this source shows, each in its surrounding text, with the claim it supports. */
export function SourceCitations({ citations, lang, relayed }: { citations: SourceCitation[]; lang: string; relayed: boolean }) {
  return (
    <section aria-labelledby="citations-heading">
      <h2 id="citations-heading" className={styles.sectionHeading}>
        Cited at this source <span className={styles.count}>{citations.length}</span>
      </h2>
      {citations.length ? (
        <ol className={list.citations} aria-labelledby="citations-heading">
          {citations.map((citation) => (
            <li key={citation.id} className={list.citation} data-testid="citation">
              {/* TextQuoteSelector: prefix and suffix locate the exact words; shown faint around them. */}
              <blockquote className={list.exact} lang={lang}>
                <p>
                  {citation.prefix ? <span className={list.context}>…{citation.prefix}</span> : null}
                  <mark>{citation.exact}</mark>
                  {citation.suffix ? <span className={list.context}>{citation.suffix}…</span> : null}
                </p>
              </blockquote>
              <p className={list.citationClaim}>
                <span className={list.supports}>Supports</span>{" "}
                <a href={claimPath(citation.claim)} lang={citation.claim.statement?.lang}>
                  {citation.claim.statement?.text ?? citation.claim.slug}
                </a>
              </p>
              <p className={list.citationMeta}>
                <a href={entityPath(citation.claim.speaker)} className={list.speaker}>
                  {citation.claim.speaker.name}
                </a>
                <span className={list.role} data-role={citation.role}>
                  {citationRoleLabel(citation.role)}
                </span>
                {citation.locator ? <span>{citation.locator}</span> : null}
                <StatusBadge status={citation.claim.status} />
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className={styles.empty}>
          No quotation or figure is cited at this source yet.
          {relayed ? " Its words may be cited at the sources that relay it, above." : null}
        </p>
      )}
    </section>
  );
}
