import type { Prisma } from "../../db/generated/client";
import { fromIso, toJson, type Jsonified } from "../json";
import type { EditableKind } from "./kind";

export type CitationSnapshot = Jsonified<Prisma.CitationGetPayload<object>>;

export const citationKind: EditableKind<CitationSnapshot> = {
  type: "citation",
  label: "citation",
  indexAs: "citation",
  async load(tx, id) {
    const row = await tx.citation.findUnique({ where: { id } });
    return row && toJson(row);
  },
  async claimVersion(tx, id, version) {
    return (await tx.citation.updateMany({ where: { id, version }, data: { version: { increment: 1 } } })).count === 1;
  },
  // What a citation supports (quoteId / claimId) is fixed: a citation of other words is a new citation.
  async write(tx, id, citation) {
    await tx.citation.update({
      where: { id },
      data: {
        sourceId: citation.sourceId,
        role: citation.role,
        kind: citation.kind,
        measure: citation.measure,
        page: citation.page,
        paragraph: citation.paragraph,
        startSeconds: citation.startSeconds,
        endSeconds: citation.endSeconds,
        exact: citation.exact,
        prefix: citation.prefix,
        suffix: citation.suffix,
        anchorStart: citation.anchorStart,
        anchorEnd: citation.anchorEnd,
        anchorCloseness: citation.anchorCloseness,
        deprecatedAt: fromIso(citation.deprecatedAt),
      },
    });
  },
  deprecated: (citation, _reason, at) => ({ ...citation, deprecatedAt: at.toISOString() }),
};
