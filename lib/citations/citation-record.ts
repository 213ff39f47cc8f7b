import type { Prisma } from "../db/generated/client";
import { citationKeyConflict } from "./citation-key";
import { anchorCitationWords } from "../sources/anchor-citation";
import { fromIso, toJson, type Jsonified } from "../editing/json";
import type { CreatableKind, EditableKind } from "../editing/record-kind";
import { keepVerificationAfterEdit } from "../claims/verified-primary";

export type CitationSnapshot = Jsonified<Prisma.CitationGetPayload<object>>;

export const citationKind: EditableKind<CitationSnapshot> & CreatableKind<CitationSnapshot, Prisma.CitationUncheckedCreateInput> = {
  type: "citation",
  label: "citation",
  indexAs: "citation",
  async load(tx, id) {
    const row = await tx.citation.findUnique({ where: { id } });
    return row && toJson(row);
  },
  async insert(tx, data) {
    return (await tx.citation.create({ data, select: { id: true } })).id;
  },
  async claimVersion(tx, id, version) {
    return (await tx.citation.updateMany({ where: { id, version }, data: { version: { increment: 1 } } })).count === 1;
  },
  // What a citation supports (quoteId / claimId) is fixed: a citation of other words is a new citation.
  // Its anchor is derived from its words and its source's stored text, so every write (an edit, a
  // restore) takes it afresh and refuses words that are not there; a deprecated citation keeps its own.
  async write(tx, id, citation) {
    const anchor = citation.deprecatedAt ? citation : await anchorCitationWords(tx, citation.sourceId, citation, "exact");
    // A live citation may not become the same as another (citations_natural_key); said beside the words.
    const duplicate = citation.deprecatedAt ? null : await citationKeyConflict(tx, { ...citation, ...anchor }, id, "");
    if (duplicate) throw duplicate;
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
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        anchorStart: anchor.anchorStart,
        anchorEnd: anchor.anchorEnd,
        anchorCloseness: anchor.anchorCloseness,
        deprecatedAt: fromIso(citation.deprecatedAt),
      },
    });
  },
  deprecated: (citation, _reason, at) => ({ ...citation, deprecatedAt: at.toISOString() }),
  afterEdit: async (tx, authorId, _before, after, action) => {
    const claimId =
      after.claimId ?? (await tx.quote.findUniqueOrThrow({ where: { id: after.quoteId! }, select: { claimId: true } })).claimId;
    await keepVerificationAfterEdit(tx, authorId, claimId, { type: "citation", id: after.id, action });
  },
};
