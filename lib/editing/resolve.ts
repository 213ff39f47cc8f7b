import { AppError } from "../errors";
import { enqueueIndexUpdate } from "../search/outbox";
import type { Tx } from "./record-kind";
import type { TEntityRef } from "./schema-parts";

// References in editing input (an entity by slug, a tag by slug, a record by id) turned into
// ids, or refused with a message on the field that named them.

/** A field's dotted name under `path` ("speaker.create" + "slug"), or the field alone at the top. */
export const fieldPath = (path: string, field: string) => (path ? `${path}.${field}` : field);

export function invalidField(field: string, message: string): AppError {
  return new AppError("invalid_input", "Some fields are not valid.", { [field]: message });
}

/** A well-formed change that a rule refuses, such as a record related to itself: 422, by field. */
export function brokenRule(field: string, message: string): AppError {
  return new AppError("unprocessable", "The change breaks a rule.", { [field]: message });
}

export async function resolveEntityId(tx: Tx, ref: TEntityRef, field: string): Promise<number> {
  const entity = await tx.entity.findUnique({ where: ref.id !== undefined ? { id: ref.id } : { slug: ref.slug! }, select: { id: true } });
  if (!entity) throw invalidField(field, ref.id !== undefined ? `there is no entity ${ref.id}` : `there is no entity "${ref.slug}"`);
  return entity.id;
}

export async function resolveEntityIds(tx: Tx, refs: TEntityRef[], field: string): Promise<number[]> {
  const ids: number[] = [];
  for (const [index, ref] of refs.entries()) ids.push(await resolveEntityId(tx, ref, `${field}.${index}`));
  return [...new Set(ids)];
}

/** Tag slugs to ids; a tag not seen before is created, labelled from its slug, and announced. */
export async function resolveTagIds(tx: Tx, slugs: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const slug of new Set(slugs)) {
    const existing = await tx.tag.findUnique({ where: { slug }, select: { id: true } });
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const tag = await tx.tag.create({ data: { slug, label: slug.replace(/-/g, " ") }, select: { id: true } });
    await enqueueIndexUpdate(tx, "tag", tag.id);
    ids.push(tag.id);
  }
  return ids;
}

/** An id that must name an existing record, or the field is refused. */
export async function requireRecord(found: Promise<unknown>, field: string, message: string): Promise<void> {
  if (!(await found)) throw invalidField(field, message);
}
