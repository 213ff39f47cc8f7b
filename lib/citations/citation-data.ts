import type { CitationKind, CitationRole } from "../db/generated/enums";

/** Where a citation points inside its source, as editors and the demo corpus give it. */
export interface CitationPlacement {
  role: CitationRole;
  kind?: CitationKind;
  /** FIGURE only: what the value in `exact` measures. */
  measure?: string | null;
  page?: string | null;
  paragraph?: number | null;
  startSeconds?: number | null;
  endSeconds?: number | null;
  exact: string;
  prefix?: string | null;
  suffix?: string | null;
}

/** The row to insert for a citation of a quote or of a quote-less claim. */
export function citationData(target: { quoteId?: number | null; claimId?: number | null }, sourceId: number, citation: CitationPlacement) {
  return {
    quoteId: target.quoteId ?? null,
    claimId: target.claimId ?? null,
    sourceId,
    role: citation.role,
    kind: citation.kind ?? "QUOTATION",
    measure: citation.measure ?? null,
    page: citation.page ?? null,
    paragraph: citation.paragraph ?? null,
    startSeconds: citation.startSeconds ?? null,
    endSeconds: citation.endSeconds ?? null,
    exact: citation.exact,
    prefix: citation.prefix ?? null,
    suffix: citation.suffix ?? null,
  };
}
