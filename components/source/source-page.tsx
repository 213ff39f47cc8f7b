import { WithdrawnNotice } from "@/components/entity/withdrawn-notice";
import { SOURCE_TYPE_LABELS, labelFor } from "@/lib/domain/labels";
import type { SourcePage } from "@/lib/sources/find-source-page";
import { descriptiveTitle } from "@/lib/sources/labels";
import { formatPartialDate, isoPartialDate } from "@/lib/domain/partial-date";
import { entityPath } from "@/lib/routes";
import { RelayChain } from "./relay-chain";
import { SourceCitations } from "./source-citations";
import { SourceRecord } from "./source-record";
import styles from "./source.module.css";

/** A source's page: its record, its place in the relay chain, and the words cited at it. */
export function SourcePageView({ source }: { source: SourcePage }) {
  const description = descriptiveTitle(source.title);
  return (
    <article className={styles.page}>
      <header className={styles.header}>
        <p className={styles.kind}>{labelFor(SOURCE_TYPE_LABELS, source.type)}</p>
        {/* A descriptive title is our English, not the work's own words in its language. */}
        <h1 className={styles.title} lang={description ? undefined : source.lang}>
          {description ?? source.title}
        </h1>
        {description ? <p className={styles.titleNote}>Descriptive title: the work’s own title is not known.</p> : null}
        <p className={styles.byline}>
          {source.containerTitle ? <cite lang={source.lang}>{source.containerTitle}</cite> : null}
          {source.publisher && source.publisher.name !== source.containerTitle ? (
            <a href={entityPath(source.publisher)}>{source.publisher.name}</a>
          ) : null}
          {source.issued ? (
            <time dateTime={isoPartialDate(source.issued, source.issuedPrecision)}>
              {formatPartialDate(source.issued, source.issuedPrecision)}
            </time>
          ) : null}
        </p>
        {source.deprecatedAt ? <WithdrawnNotice at={source.deprecatedAt} /> : null}
      </header>

      <div className={styles.columns}>
        <SourceRecord source={source} />
        <RelayChain source={source} />
      </div>

      <SourceCitations citations={source.citations} lang={source.lang} relayed={source.relayedBy.length > 0} />
    </article>
  );
}
