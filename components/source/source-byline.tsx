import { SOURCE_TYPE_LABELS, labelFor } from "@/lib/domain/labels";
import type { SourceSummary } from "@/lib/sources/find-source-page";
import { formatPartialDate, isoPartialDate } from "@/lib/domain/partial-date";

/** "Article · Bloomberg Opinion · 9 November 2025", with whatever of it is known. */
export function SourceByline({ source, className }: { source: SourceSummary; className?: string }) {
  const parts = [
    labelFor(SOURCE_TYPE_LABELS, source.type),
    source.containerTitle ? <span lang={source.lang}>{source.containerTitle}</span> : source.publisher?.name,
    source.issued ? (
      <time dateTime={isoPartialDate(source.issued, source.issuedPrecision)}>
        {formatPartialDate(source.issued, source.issuedPrecision)}
      </time>
    ) : null,
  ].filter(Boolean);
  return (
    <span className={className}>
      {parts.map((part, index) => (
        <span key={index}>
          {index > 0 ? " · " : null}
          {part}
        </span>
      ))}
    </span>
  );
}
