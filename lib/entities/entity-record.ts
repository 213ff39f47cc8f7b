import type { Prisma } from "../db/generated/client";
import { fromIso, toJson, type Jsonified } from "../editing/json";
import type { CreatableKind, EditableKind } from "../editing/record-kind";

/** What a snapshot holds besides the row, for the edit log and the API's reads alike. */
export const ENTITY_INCLUDE = { names: { orderBy: { id: "asc" } } } satisfies Prisma.EntityInclude;

export type EntitySnapshot = Jsonified<Prisma.EntityGetPayload<{ include: typeof ENTITY_INCLUDE }>>;

type Name = EntitySnapshot["names"][number];

/** An entity as written: its names by content alone. */
export type EntityState = Omit<EntitySnapshot, "names"> & { names: Omit<Name, "id" | "entityId">[] };

export const entityKind: EditableKind<EntitySnapshot, EntityState> & CreatableKind<EntitySnapshot, Prisma.EntityUncheckedCreateInput> = {
  type: "entity",
  label: "entity",
  indexAs: "entity",
  async load(tx, id) {
    const row = await tx.entity.findUnique({ where: { id }, include: ENTITY_INCLUDE });
    return row && toJson(row);
  },
  async insert(tx, data) {
    return (await tx.entity.create({ data, select: { id: true } })).id;
  },
  async claimVersion(tx, id, version) {
    return (await tx.entity.updateMany({ where: { id, version }, data: { version: { increment: 1 } } })).count === 1;
  },
  async write(tx, id, entity) {
    await tx.entity.update({
      where: { id },
      data: {
        slug: entity.slug,
        kind: entity.kind,
        name: entity.name,
        wikidataId: entity.wikidataId,
        description: entity.description,
        deprecatedAt: fromIso(entity.deprecatedAt),
      },
    });
    // Removed names go first: a language's NAME may move to another value (one NAME per language).
    const names = entity.names.map(({ lang, value, kind }) => ({ lang, value, kind }));
    await tx.entityName.deleteMany({ where: { entityId: id, NOT: { OR: names } } });
    await tx.entityName.createMany({ data: names.map((name) => ({ entityId: id, ...name })), skipDuplicates: true });
  },
  deprecated: (entity, _reason, at) => ({ ...entity, deprecatedAt: at.toISOString() }),
};
