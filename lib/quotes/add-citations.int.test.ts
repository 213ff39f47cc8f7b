import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { updateCitation } from "../citations/update-citation";
import { toAppError } from "../editing/database-errors";
import { deprecateRecord } from "../records/deprecate-record";
import { AppError } from "../errors";
import { addHuangQuote, appErrorOf, createActors, HUANG_URL, type RoleName } from "../testing/editing-fixtures";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { addCitationsToQuote, addCitationToQuote } from "./add-citation-to-quote";

// Several citations of one quote are written together or not at all, and a citation is
// refused when it is one already recorded: the same words at the same place in the same source.

const { db } = useTestDatabase();
let actors: Record<RoleName, Actor>;
let quoteId: number;
let sourceId: number;

const relay = (exact: string, extra: object = {}) => ({ source: { url: HUANG_URL }, role: "RELAY" as const, exact, ...extra });

beforeEach(async () => {
  await resetDatabase(db);
  actors = await createActors(db);
  const created = await addHuangQuote(db, actors.editor);
  quoteId = created.quote.id;
  sourceId = created.citations[0]!.sourceId;
});

describe("addCitationsToQuote", () => {
  it("writes every citation, each with its revision, in one transaction", async () => {
    const created = await addCitationsToQuote(db, actors.editor, quoteId, {
      citations: [relay("going to win"), relay("the AI race", { page: "2" })],
    });
    expect(created.map((citation) => citation.exact)).toEqual(["going to win", "the AI race"]);
    expect(await db.revision.count({ where: { recordType: "citation" } })).toBe(3);
  });

  it("writes none when a later one is refused, naming the refused row", async () => {
    const before = { citations: await db.citation.count(), revisions: await db.revision.count(), outbox: await db.searchOutbox.count() };
    const error = await appErrorOf(
      addCitationsToQuote(db, actors.editor, quoteId, {
        citations: [relay("going to win"), relay("x", { source: { url: "https://example.org/unknown" } })],
      }),
    );
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields ?? {})).toEqual(["citations.1.source.create"]);
    expect({ citations: await db.citation.count(), revisions: await db.revision.count(), outbox: await db.searchOutbox.count() }).toEqual(
      before,
    );
  });

  it("refuses the same citation twice in one submission, beside the second", async () => {
    const error = await appErrorOf(
      addCitationsToQuote(db, actors.editor, quoteId, { citations: [relay("going to win"), relay("going to win")] }),
    );
    expect(error).toMatchObject({ code: "duplicate", status: 409 });
    expect(Object.keys(error.fields ?? {})).toEqual(["citations.1.exact"]);
    expect(await db.citation.count()).toBe(1);
  });

  it("names schema problems by row", async () => {
    const error = await appErrorOf(addCitationsToQuote(db, actors.editor, quoteId, { citations: [relay("fine"), relay("")] }));
    expect(error.code).toBe("invalid_input");
    expect(error.fields).toHaveProperty(["citations.1.exact"]);
  });
});

describe("a citation's natural key", () => {
  it("refuses an exact duplicate with a 409 naming the citation it repeats, also without page or paragraph", async () => {
    const first = await addCitationToQuote(db, actors.editor, quoteId, relay("going to win"));
    const error = await appErrorOf(addCitationToQuote(db, actors.editor, quoteId, relay("going to win")));
    expect(error).toMatchObject({ code: "duplicate", status: 409, details: { existingId: first.id } });
    expect(error.fields).toEqual({ exact: `are already cited from this source at this place (citation ${first.id})` });
  });

  it("counts the role out of the key, and the locator and the words in", async () => {
    await addCitationToQuote(db, actors.editor, quoteId, relay("going to win"));
    expect((await appErrorOf(addCitationToQuote(db, actors.editor, quoteId, { ...relay("going to win"), role: "PRIMARY" }))).code).toBe(
      "duplicate",
    );
    await addCitationToQuote(db, actors.editor, quoteId, relay("going to win", { paragraph: 3 }));
    await addCitationToQuote(db, actors.editor, quoteId, relay("going to win", { prefix: "is " }));
    expect(await db.citation.count()).toBe(4);
  });

  it("lets a deprecated citation be added afresh", async () => {
    const first = await addCitationToQuote(db, actors.editor, quoteId, relay("going to win"));
    await deprecateRecord(db, actors.editor, "citation", first.id, { version: first.version, reason: "misread" });
    await addCitationToQuote(db, actors.editor, quoteId, relay("going to win"));
    expect(await db.citation.count({ where: { deprecatedAt: null } })).toBe(2);
  });

  it("refuses an edit that makes a citation repeat another", async () => {
    const first = await addCitationToQuote(db, actors.editor, quoteId, relay("going to win"));
    const second = await addCitationToQuote(db, actors.editor, quoteId, relay("going to win", { page: "2" }));
    const error = await appErrorOf(
      updateCitation(db, actors.editor, second.id, { version: second.version, reason: "same page", page: null }),
    );
    expect(error).toMatchObject({ code: "duplicate", details: { existingId: first.id } });
  });

  it("is held by the database itself (NULLs alike), and a write past the check is a 409, not a 500", async () => {
    const row = { quoteId, sourceId, role: "RELAY" as const, exact: "going to win" };
    await db.citation.create({ data: row });
    const raw = await db.citation.create({ data: { ...row, role: "PRIMARY" } }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(raw).not.toBeNull();
    const mapped = toAppError(raw);
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).status).toBe(409);
  });
});
