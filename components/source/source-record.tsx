import type { ReactNode } from "react";
import { LANGUAGE_LABELS, SOURCE_TYPE_LABELS, labelFor } from "@/lib/domain/labels";
import type { SourcePage } from "@/lib/sources/find-source-page";
import { formatPartialDate, isoPartialDate } from "@/lib/domain/partial-date";
import { entityPath } from "@/lib/routes";
import styles from "./source.module.css";

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className={styles.recordRow}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const unknown = <span className={styles.unknown}>Not known</span>;

function DayDate({ date }: { date: Date }) {
  return <time dateTime={isoPartialDate(date, "DAY")}>{formatPartialDate(date, "DAY")}</time>;
}

/**
 * The bibliographic record, CSL's fields in a reader's words. Fields every source has are
 * always shown, saying "Not known" when empty: an unknown URL is a fact about the record.
 */
export function SourceRecord({ source }: { source: SourcePage }) {
  return (
    <section aria-labelledby="record-heading" className={styles.panel}>
      <h2 id="record-heading" className={styles.panelHeading}>
        Record
      </h2>
      <dl className={styles.record}>
        <Row term="Type">{labelFor(SOURCE_TYPE_LABELS, source.type)}</Row>
        <Row term="Published in">{source.containerTitle ? <cite lang={source.lang}>{source.containerTitle}</cite> : unknown}</Row>
        <Row term="Publisher">{source.publisher ? <a href={entityPath(source.publisher)}>{source.publisher.name}</a> : unknown}</Row>
        <Row term={source.authors.length > 1 ? "Authors" : "Author"}>{source.authors.length ? source.authors.join(", ") : unknown}</Row>
        <Row term="Issued">
          {source.issued ? (
            <time dateTime={isoPartialDate(source.issued, source.issuedPrecision)}>
              {formatPartialDate(source.issued, source.issuedPrecision)}
            </time>
          ) : (
            unknown
          )}
        </Row>
        <Row term="Address">
          {source.url ? (
            <a href={source.url} rel="external" className={styles.url}>
              {source.url}
            </a>
          ) : (
            unknown
          )}
        </Row>
        {source.accessed ? (
          <Row term="Accessed">
            <DayDate date={source.accessed} />
          </Row>
        ) : null}
        {source.archiveUrl ? (
          <Row term="Archived copy">
            <a href={source.archiveUrl} rel="external" className={styles.url}>
              {source.archiveUrl}
            </a>
            {source.archivedAt ? (
              <>
                {" "}
                (<DayDate date={source.archivedAt} />)
              </>
            ) : null}
          </Row>
        ) : null}
        <Row term="Language">{labelFor(LANGUAGE_LABELS, source.lang)}</Row>
        {source.doi ? (
          <Row term="DOI">
            <a href={`https://doi.org/${encodeURI(source.doi)}`} rel="external" className={styles.url}>
              {source.doi}
            </a>
          </Row>
        ) : null}
      </dl>
    </section>
  );
}
