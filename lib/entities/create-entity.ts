import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { entityKind, type EntitySnapshot } from "./entity-record";
import type { Tx } from "../editing/record-kind";
import { fieldPath, invalidField } from "../editing/resolve";
import { slugify } from "../editing/slug";
import { inEditSession, type EditSession } from "../editing/transaction";
import { parseInput } from "../editing/validation";
import { ZCreateEntity, type TCreateEntity, type TEntityFields } from "./entity-schemas";
import { createRecord } from "../editing/create-record";

export async function createEntity(db: Db, actor: Actor, input: TCreateEntity): Promise<EntitySnapshot> {
  requireRole(actor, "EDITOR");
  const { reason, ...fields } = parseInput(ZCreateEntity, input);
  return inEditSession(db, actor, reason ?? "Added an entity.", (session) => writeEntity(session, fields, ""));
}

/**
 * Slugs and Wikidata ids name one entity each: a taken one is a duplicate that names the
 * entity holding it, so the caller can use that entity instead.
 */
export async function assertEntityKeysFree(
  tx: Tx,
  keys: { slug: string; wikidataId: string | null },
  exceptId: number | null,
  path: string,
): Promise<void> {
  const taken = await tx.entity.findFirst({
    where: {
      ...(exceptId ? { id: { not: exceptId } } : {}),
      OR: [{ slug: keys.slug }, ...(keys.wikidataId ? [{ wikidataId: keys.wikidataId }] : [])],
    },
    select: { id: true, slug: true },
  });
  if (!taken) return;
  const field = taken.slug === keys.slug ? "slug" : "wikidataId";
  throw new AppError(
    "duplicate",
    `Entity ${taken.id} (${taken.slug}) already has this ${field}.`,
    { [fieldPath(path, field)]: `is already used by entity ${taken.id}` },
    { existingId: taken.id },
  );
}

/**
 * Creates an entity in the session's transaction. `path` prefixes field names in errors
 * (the speaker of a quote is "speaker.create").
 */
export async function writeEntity(session: EditSession, fields: TEntityFields, path: string): Promise<EntitySnapshot> {
  const slug = fields.slug ?? slugify(fields.name);
  if (!slug) throw invalidField(fieldPath(path, "slug"), "give a slug: the name has no Latin letters to make one from");
  await assertEntityKeysFree(session.tx, { slug, wikidataId: fields.wikidataId ?? null }, null, path);
  // Every entity is findable by its display name: it is the English NAME unless one is given.
  const names = [...fields.names];
  if (!names.some((name) => name.lang === "en" && (name.kind === "NAME" || name.value === fields.name))) {
    names.push({ lang: "en", value: fields.name, kind: "NAME" });
  }
  return createRecord(session, entityKind, {
    slug,
    kind: fields.kind,
    name: fields.name,
    wikidataId: fields.wikidataId ?? null,
    description: fields.description ?? null,
    names: { create: names },
  });
}
