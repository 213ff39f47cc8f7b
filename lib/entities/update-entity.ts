import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { editRecord } from "../editing/edit-record";
import { entityKind, type EntitySnapshot } from "./entity-record";
import { parseInput } from "../editing/validation";
import { assertEntityKeysFree } from "./create-entity";
import { ZUpdateEntity, type TUpdateEntity } from "./entity-schemas";

/** Changes an entity's fields; `names`, when given, replaces the whole list. */
export async function updateEntity(db: Db, actor: Actor, id: number, input: TUpdateEntity): Promise<EntitySnapshot> {
  requireRole(actor, "EDITOR");
  const { version, reason, ...patch } = parseInput(ZUpdateEntity, input);
  return editRecord(db, actor, entityKind, id, { version, reason, action: "UPDATE" }, async (current, tx) => {
    const slug = patch.slug ?? current.slug;
    const wikidataId = patch.wikidataId === undefined ? current.wikidataId : patch.wikidataId;
    await assertEntityKeysFree(tx, { slug, wikidataId }, id, "");
    return {
      ...current,
      slug,
      kind: patch.kind ?? current.kind,
      name: patch.name ?? current.name,
      wikidataId,
      description: patch.description === undefined ? current.description : patch.description,
      names: patch.names ?? current.names,
    };
  });
}
