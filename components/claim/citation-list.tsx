import { locatorParts, timeRange } from "@/lib/citations/locator";
import { citationUrl } from "@/lib/citations/media-fragment";
import { outletOf } from "@/lib/claims/claim-page-format";
import { formatPartialDate } from "@/lib/domain/partial-date";
import type { ClaimPage, ClaimPageCitation } from "@/lib/claims/find-claim-page";
import { SOURCE_TYPE_LABELS, labelFor } from "@/lib/domain/labels";
import { sourcePath } from "@/lib/routes";
import { PartialDate } from "./partial-date";
import shared from "./claim-page.module.css";
import styles from "./citation-list.module.css";

function CitationItem({ citation, quoteText }: { citation: ClaimPageCitation; quoteText: string | null }) {
  const { source } = citation;
  const locator = locatorParts(citation);
  const outlet = outletOf(source);
  return (
    <li className={styles.citation} data-role={citation.role} data-testid="citation">
      <div className={styles.head}>
        <span className={styles.role}>{citation.role === "PRIMARY" ? "Primary source" : "Relay"}</span>
        <a href={sourcePath(source)} className={styles.source}>
          {source.title}
        </a>
        <span className={styles.meta}>
          {outlet !== source.title ? `${outlet} · ` : ""}
          {labelFor(SOURCE_TYPE_LABELS, source.type)}
          {source.issued ? ` · ${formatPartialDate(source.issued, source.issuedPrecision)}` : ""}
          {locator.length ? (
            <>
              {" · "}
              <span data-testid="citation-locator">{locator.join(", ")}</span>
            </>
          ) : null}
        </span>
      </div>
      {quoteText ? <p className={styles.forQuote}>For the quote “{quoteText}”</p> : null}
      <CitationWords citation={citation} />
      {source.url || source.archiveUrl ? (
        <p className={styles.links}>
          {source.url ? (
            <a href={citationUrl(source.url, citation)} rel="noopener noreferrer" target="_blank" data-testid="citation-text-link">
              {citation.startSeconds !== null ? `Play the source at ${timeRange(citation)}` : "Open the source at these words"}
              <span className={shared.srOnly}> (opens in a new tab)</span>
            </a>
          ) : null}
          {source.archiveUrl ? (
            <a href={source.archiveUrl} rel="noopener noreferrer" target="_blank">
              Archived copy
              {source.archivedAt ? (
                <>
                  {" "}
                  of <PartialDate date={source.archivedAt} precision="DAY" />
                </>
              ) : null}
              <span className={shared.srOnly}> (opens in a new tab)</span>
            </a>
          ) : null}
        </p>
      ) : (
        <p className={styles.offline}>No online copy is recorded for this source.</p>
      )}
    </li>
  );
}

/**
 * The words: verbatim only when found in Claimtrail's stored copy of the source; otherwise as an
 * editor recorded them (no stored copy), or flagged when the stored copy no longer has them.
 */
function CitationWords({ citation }: { citation: ClaimPageCitation }) {
  const { source } = citation;
  if (citation.kind === "FIGURE") {
    // A value and what it measures: a figure, never shown as a quotation.
    return (
      <p lang={source.lang} className={styles.recorded} data-testid="citation-figure">
        <span className={styles.context}>Figure · {citation.measure}: </span>
        <strong>{citation.exact}</strong>
      </p>
    );
  }
  const words = (
    <>
      {citation.prefix ? <span className={styles.context}>…{citation.prefix}</span> : null}
      <mark className={styles.mark}>{citation.exact}</mark>
      {citation.suffix ? <span className={styles.context}>{citation.suffix}…</span> : null}
    </>
  );
  if (!source.snapshot) {
    return (
      <>
        <p lang={source.lang} className={styles.recorded} data-testid="citation-exact">
          {words}
        </p>
        <p className={styles.check} data-testid="citation-check">
          Words as recorded by an editor, not checked against a stored copy.
        </p>
      </>
    );
  }
  const captured = <PartialDate date={source.snapshot.capturedAt} precision="DAY" />;
  return (
    <>
      <blockquote lang={source.lang} className={styles.exact} data-testid="citation-exact">
        {words}
      </blockquote>
      {citation.anchorCloseness === null ? (
        <p className={styles.unanchored} role="note" data-testid="citation-check">
          Not found in the stored copy of the source (captured {captured}): an editor must check these words.
        </p>
      ) : (
        <p className={styles.check} data-testid="citation-check">
          {citation.anchorCloseness === 1 ? "Found word for word" : `A close match (${Math.round(citation.anchorCloseness * 100)}%)`} in the
          stored copy of the source, captured {captured}.
        </p>
      )}
    </>
  );
}

/** Every citation of the claim: where each source shows the words, exactly as it shows them. */
export function CitationList({ claim }: { claim: ClaimPage }) {
  const quoteTexts = new Map(claim.quotes.map((quote) => [quote.id, quote.text]));
  return (
    <section className={shared.section} aria-labelledby="claim-citations">
      <h2 id="claim-citations" className={shared.sectionTitle}>
        Sources cited
      </h2>
      <p className={shared.sectionIntro}>
        The words exactly as each source shows them, with the text around them in grey; a figure as the value the source gives and what it
        measures.
      </p>
      {claim.citations.length ? (
        <ol className={styles.list}>
          {claim.citations.map((citation) => (
            <CitationItem
              key={citation.id}
              citation={citation}
              quoteText={claim.quotes.length > 1 && citation.quoteId !== null ? (quoteTexts.get(citation.quoteId) ?? null) : null}
            />
          ))}
        </ol>
      ) : (
        <p className={shared.muted}>No source is cited for this claim yet.</p>
      )}
    </section>
  );
}
