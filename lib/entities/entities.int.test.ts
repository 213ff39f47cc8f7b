import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { appErrorOf, createActors, type RoleName } from "../testing/editing-fixtures";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { createEntity } from "./create-entity";
import { updateEntity } from "./update-entity";

const { db } = useTestDatabase();
let actors: Record<RoleName, Actor>;

beforeEach(async () => {
  await resetDatabase(db);
  actors = await createActors(db);
});

describe("entities", () => {
  it("makes the slug from the English name and keeps that name as a NAME", async () => {
    const entity = await createEntity(db, actors.editor, {
      kind: "ORGANIZATION",
      name: "Moonshot AI",
      names: [{ lang: "zh-Hans", value: "月之暗面", kind: "NAME" }],
    });
    expect(entity).toMatchObject({ slug: "moonshot-ai", version: 1 });
    expect(entity.names.map(({ lang, value, kind }) => [lang, value, kind])).toEqual([
      ["zh-Hans", "月之暗面", "NAME"],
      ["en", "Moonshot AI", "NAME"],
    ]);
    expect(await db.searchOutbox.count({ where: { recordType: "entity", recordId: entity.id } })).toBe(1);
  });

  it("asks for a slug when the name has no Latin letters", async () => {
    expect(await appErrorOf(createEntity(db, actors.editor, { kind: "ORGANIZATION", name: "觀察者網" }))).toMatchObject({
      fields: { slug: expect.stringContaining("give a slug") },
    });
  });

  it("answers a taken slug or Wikidata id with the entity that has it", async () => {
    const first = await createEntity(db, actors.editor, { kind: "PERSON", name: "Jensen Huang", wikidataId: "Q305177" });
    expect(await appErrorOf(createEntity(db, actors.editor, { kind: "PERSON", name: "Jensen Huang" }))).toMatchObject({
      code: "duplicate",
      details: { existingId: first.id },
      fields: { slug: expect.any(String) },
    });
    expect(await appErrorOf(createEntity(db, actors.editor, { kind: "PERSON", name: "J. Huang", wikidataId: "Q305177" }))).toMatchObject({
      fields: { wikidataId: expect.any(String) },
    });
    const other = await createEntity(db, actors.editor, { kind: "ORGANIZATION", name: "NVIDIA" });
    expect(await appErrorOf(updateEntity(db, actors.editor, other.id, { version: 1, reason: "r", slug: "jensen-huang" }))).toMatchObject({
      code: "duplicate",
      details: { existingId: first.id },
    });
  });

  it("refuses two NAMEs in one language", async () => {
    const error = await appErrorOf(
      createEntity(db, actors.editor, {
        kind: "PERSON",
        name: "X",
        names: [
          { lang: "en", value: "X", kind: "NAME" },
          { lang: "en", value: "Y", kind: "NAME" },
        ],
      }),
    );
    expect(error.fields).toEqual({ "names.1.kind": "one NAME per language; make the others ALIAS" });
  });
});
