import type { Prisma } from "../db/generated/client";
import { fromIso, toJson, type Jsonified } from "../editing/json";
import type { CreatableKind, EditableKind } from "../editing/record-kind";

export type SourceSnapshot = Jsonified<Prisma.SourceGetPayload<object>>;

export const sourceKind: EditableKind<SourceSnapshot> & CreatableKind<SourceSnapshot, Prisma.SourceUncheckedCreateInput> = {
  type: "source",
  label: "source",
  indexAs: "source",
  async load(tx, id) {
    const row = await tx.source.findUnique({ where: { id } });
    return row && toJson(row);
  },
  async insert(tx, data) {
    return (await tx.source.create({ data, select: { id: true } })).id;
  },
  async claimVersion(tx, id, version) {
    return (await tx.source.updateMany({ where: { id, version }, data: { version: { increment: 1 } } })).count === 1;
  },
  async write(tx, id, source) {
    await tx.source.update({
      where: { id },
      data: {
        type: source.type,
        title: source.title,
        containerTitle: source.containerTitle,
        publisherId: source.publisherId,
        authors: source.authors ?? [],
        issued: fromIso(source.issued),
        issuedPrecision: source.issuedPrecision,
        url: source.url,
        accessed: fromIso(source.accessed),
        archiveUrl: source.archiveUrl,
        archivedAt: fromIso(source.archivedAt),
        lang: source.lang,
        doi: source.doi,
        deprecatedAt: fromIso(source.deprecatedAt),
      },
    });
  },
  deprecated: (source, _reason, at) => ({ ...source, deprecatedAt: at.toISOString() }),
};
