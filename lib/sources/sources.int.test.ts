import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { appErrorOf, createActors, type RoleName } from "../testing/editing-fixtures";
import type { AppError } from "../errors";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { createSource } from "./create-source";
import { linkSources } from "./link-sources";
import { updateSource } from "./update-source";

const { db } = useTestDatabase();
let actors: Record<RoleName, Actor>;

beforeEach(async () => {
  await resetDatabase(db);
  actors = await createActors(db);
});

const bloomberg = { type: "ARTICLE", title: "Silicon Valley is quietly turning to Chinese AI", lang: "en", issued: "2025-11-09" } as const;

describe("sources", () => {
  it("stores the normalised address, the issued precision and a first revision", async () => {
    const source = await createSource(db, actors.editor, {
      ...bloomberg,
      url: "HTTPS://Www.Bloomberg.com:443/opinion/x?utm_campaign=a&b=1#p",
    });
    expect(source).toMatchObject({
      url: "https://www.bloomberg.com/opinion/x?b=1",
      issued: "2025-11-09T00:00:00.000Z",
      issuedPrecision: "DAY",
      version: 1,
    });
    expect(await db.revision.count({ where: { recordType: "source", recordId: source.id, action: "CREATE" } })).toBe(1);
  });

  it("answers a known address with a 409 naming the existing source", async () => {
    const first = await createSource(db, actors.editor, { ...bloomberg, url: "https://www.bloomberg.com/opinion/x" });
    const error = await appErrorOf(
      createSource(db, actors.editor, { ...bloomberg, title: "Copy", url: "https://www.bloomberg.com/opinion/x?utm_source=newsletter" }),
    );
    expect(error).toMatchObject({
      code: "duplicate",
      status: 409,
      details: { existingId: first.id },
      fields: { url: `is already the address of source ${first.id}` },
    });
    expect(error.message).not.toMatch(/P2002|constraint|prisma/i);
  });

  it("answers a race for the same address the same way, never with the database's error", async () => {
    const results = await Promise.allSettled(
      [1, 2, 3].map((n) => createSource(db, actors.editor, { ...bloomberg, title: `Copy ${n}`, url: "https://example.org/race" })),
    );
    const saved = results.filter((result) => result.status === "fulfilled");
    const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason as AppError] : []));
    expect(saved).toHaveLength(1);
    const id = (saved[0] as PromiseFulfilledResult<{ id: number }>).value.id;
    for (const error of refused) expect(error).toMatchObject({ code: "duplicate", details: { existingId: id } });
  });

  it("refuses to move a source to another source's address", async () => {
    const first = await createSource(db, actors.editor, { ...bloomberg, url: "https://example.org/a" });
    const second = await createSource(db, actors.editor, { ...bloomberg, url: "https://example.org/b" });
    const error = await appErrorOf(updateSource(db, actors.editor, second.id, { version: 1, reason: "r", url: "https://EXAMPLE.org/a#x" }));
    expect(error).toMatchObject({ code: "duplicate", details: { existingId: first.id } });
    const cleared = await updateSource(db, actors.editor, second.id, {
      version: 1,
      reason: "Address unknown",
      url: null,
      issued: "2025-11",
    });
    expect(cleared).toMatchObject({ url: null, issuedPrecision: "MONTH", version: 2 });
  });

  it("links sources into a relay chain, once, with a revision and outbox entries", async () => {
    const article = await createSource(db, actors.editor, { ...bloomberg, type: "ARTICLE", title: "Relay", lang: "zh-Hant" });
    const column = await createSource(db, actors.editor, bloomberg);
    const outboxBefore = await db.searchOutbox.count();
    const relation = await linkSources(db, actors.editor, article.id, { toSourceId: column.id, kind: "TRANSLATES", note: "via 觀察者網" });
    expect(relation).toMatchObject({ fromSourceId: article.id, toSourceId: column.id, kind: "TRANSLATES" });
    expect(await db.revision.count({ where: { recordType: "source_relation", recordId: relation.id } })).toBe(1);
    expect((await db.searchOutbox.findMany({ skip: outboxBefore })).map((entry) => entry.recordId)).toEqual([article.id, column.id]);
    expect(await appErrorOf(linkSources(db, actors.editor, article.id, { toSourceId: column.id, kind: "TRANSLATES" }))).toMatchObject({
      code: "duplicate",
      details: { existingId: relation.id },
    });
    expect(await appErrorOf(linkSources(db, actors.editor, article.id, { toSourceId: article.id, kind: "QUOTES" }))).toMatchObject({
      fields: { toSourceId: "a source cannot relay itself" },
    });
    expect(await appErrorOf(linkSources(db, actors.editor, 9999, { toSourceId: article.id, kind: "QUOTES" }))).toMatchObject({
      code: "not_found",
    });
  });
});
