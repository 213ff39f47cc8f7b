import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { updateCitation } from "../citations/update-citation";
import { updateClaim } from "../claims/update-claim";
import { updateEntity } from "../entities/update-entity";
import { createSourcedQuote, type SourcedQuoteResult } from "../quotes/create-sourced-quote";
import { updateQuote } from "../quotes/update-quote";
import { updateSource } from "../sources/update-source";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { deprecateRecord } from "../records/deprecate-record";
import { appErrorOf, addHuangQuote, createActors, huangQuote, type RoleName } from "../testing/editing-fixtures";

const { db } = useTestDatabase();
let actors: Record<RoleName, Actor>;
let created: SourcedQuoteResult;

beforeEach(async () => {
  await resetDatabase(db);
  actors = await createActors(db);
  created = await addHuangQuote(db, actors.editor);
});

const revisionsOf = (recordType: string, recordId: number) =>
  db.revision.findMany({ where: { recordType, recordId }, orderBy: { version: "asc" } });

describe("optimistic concurrency", () => {
  it("bumps the version and records the revision and the outbox entry of each change", async () => {
    const sourceId = created.citations[0]!.sourceId;
    const outboxBefore = await db.searchOutbox.count();
    const updated = await updateSource(db, actors.admin, sourceId, {
      version: 1,
      reason: "Full title",
      title: "Jensen Huang, interviewed by the FT",
    });
    expect(updated).toMatchObject({
      version: 2,
      title: "Jensen Huang, interviewed by the FT",
      url: "https://www.ft.com/content/huang-interview",
    });
    const [first, second] = await revisionsOf("source", sourceId);
    expect(first).toMatchObject({ version: 1, action: "CREATE" });
    expect(second).toMatchObject({ version: 2, action: "UPDATE", authorId: actors.admin!.userId, reason: "Full title" });
    expect(second!.snapshot).toMatchObject({ id: sourceId, version: 2, title: "Jensen Huang, interviewed by the FT", lang: "en" });
    expect(await db.searchOutbox.findMany({ skip: outboxBefore })).toMatchObject([{ recordType: "source", recordId: sourceId }]);
  });

  it("refuses a stale version with the current record and the fields changed since", async () => {
    const claimId = created.claim.id;
    await updateClaim(db, actors.editor, claimId, {
      version: 1,
      reason: "verdict",
      verdict: "MOSTLY_FALSE",
      verdictNote: "Huang walked it back.",
    });
    const error = await appErrorOf(updateClaim(db, actors.admin, claimId, { version: 1, reason: "tags", tags: ["export-controls"] }));
    expect(error.code).toBe("conflict");
    expect(error.status).toBe(409);
    expect(error.details).toMatchObject({
      current: { id: claimId, version: 2, verdict: "MOSTLY_FALSE" },
      changedFields: ["verdict", "verdictNote"],
    });
    expect(await db.claimTag.count({ where: { claimId } })).toBe(1);
    expect(await revisionsOf("claim", claimId)).toHaveLength(2);
  });

  it("tells a missing record from a stale one", async () => {
    expect((await appErrorOf(updateQuote(db, actors.editor, 9999, { version: 1, reason: "r", text: "x" }))).code).toBe("not_found");
  });

  it("refuses a change that changes nothing", async () => {
    const error = await appErrorOf(
      updateQuote(db, actors.editor, created.quote.id, { version: 1, reason: "same", text: created.quote.text }),
    );
    expect(error.code).toBe("unprocessable");
    expect(await db.quote.findUniqueOrThrow({ where: { id: created.quote.id } })).toMatchObject({ version: 1 });
  });

  it("edits each kind of record", async () => {
    const entity = await db.entity.findFirstOrThrow({ where: { slug: "jensen-huang" } });
    expect(
      await updateEntity(db, actors.editor, entity.id, {
        version: 1,
        reason: "Simplified name",
        names: [
          { lang: "zh-Hant", value: "黃仁勳", kind: "NAME" },
          { lang: "zh-Hans", value: "黄仁勋", kind: "NAME" },
          { lang: "en", value: "Jensen Huang", kind: "NAME" },
        ],
      }),
    ).toMatchObject({ version: 2 });
    expect(await db.entityName.count({ where: { entityId: entity.id } })).toBe(3);
    const citation = await updateCitation(db, actors.editor, created.citations[0]!.id, {
      version: 1,
      reason: "Locator",
      startSeconds: 120,
      endSeconds: 135,
    });
    expect(citation).toMatchObject({ version: 2, startSeconds: 120, endSeconds: 135 });
    expect(
      (await appErrorOf(updateCitation(db, actors.editor, citation.id, { version: 2, reason: "bad", startSeconds: 200 }))).fields,
    ).toEqual({ endSeconds: "must not be before startSeconds" });
    const quote = await updateQuote(db, actors.editor, created.quote.id, {
      version: 1,
      reason: "Official translation",
      translations: [{ lang: "zh-Hant", text: "中國將贏得AI競賽。", sourceId: created.citations[0]!.sourceId, isOfficial: true }],
    });
    expect(quote.translations).toMatchObject([{ lang: "zh-Hant", text: "中國將贏得AI競賽。", translator: null, isOfficial: true }]);
    const claim = await updateClaim(db, actors.editor, created.claim.id, {
      version: 1,
      reason: "Precision",
      claimedAt: "2025-11",
      statements: [{ lang: "en", text: "China will win the AI race." }],
    });
    expect(claim).toMatchObject({
      claimedAt: "2025-11-01T00:00:00.000Z",
      claimedAtPrecision: "MONTH",
      statements: [{ lang: "en", text: "China will win the AI race." }],
    });
  });

  it("words the claims table's rules by field", async () => {
    const error = await appErrorOf(updateClaim(db, actors.editor, created.claim.id, { version: 1, reason: "r", status: "MISATTRIBUTED" }));
    expect(error.fields).toEqual({ misattributedBy: expect.any(String), misattributionEvidence: expect.any(String) });
  });
});

describe("one transaction", () => {
  it("a create that fails part-way leaves no record, revision or outbox entry", async () => {
    const counts = async () => [await db.entity.count(), await db.quote.count(), await db.revision.count(), await db.searchOutbox.count()];
    const before = await counts();
    const input = huangQuote({
      speaker: { create: { slug: "brian-chesky", kind: "PERSON", name: "Brian Chesky" } },
      quote: { text: "We rely heavily on Qwen.", lang: "en" },
      citations: [
        { source: { id: created.citations[0]!.sourceId }, role: "RELAY", exact: "Qwen" },
        { source: { id: 424242 }, role: "RELAY", exact: "Qwen" },
      ],
      confirmNotDuplicate: true,
    });
    const error = await appErrorOf(createSourcedQuote(db, actors.editor, input));
    expect(error.fields).toEqual({ "citations.1.source.id": "there is no source 424242" });
    expect(await counts()).toEqual(before);
  });

  it("an edit refused by the database leaves the row, its version, revisions and outbox as they were", async () => {
    const before = await db.searchOutbox.count();
    const error = await appErrorOf(
      updateQuote(db, actors.editor, created.quote.id, {
        version: 1,
        reason: "r",
        text: "Changed.",
        translations: [{ lang: "en", text: "x", sourceId: 999999 }],
      }),
    );
    expect(error.code).toBe("invalid_input");
    expect(await db.quote.findUniqueOrThrow({ where: { id: created.quote.id } })).toMatchObject({ version: 1, text: created.quote.text });
    expect(await revisionsOf("quote", created.quote.id)).toHaveLength(1);
    expect(await db.searchOutbox.count()).toBe(before);
  });
});

describe("deprecation", () => {
  it("deprecates a quote without deleting it", async () => {
    const quote = await deprecateRecord(db, actors.editor, "quote", created.quote.id, {
      version: 1,
      reason: "Misquoted: see the transcript.",
    });
    expect(quote).toMatchObject({ version: 2, deprecatedAt: expect.any(String) });
    expect(await db.quote.count()).toBe(1);
    expect((await revisionsOf("quote", created.quote.id)).map((revision) => revision.action)).toEqual(["CREATE", "DEPRECATE"]);
  });

  it("ranks a claim DEPRECATED with the reason", async () => {
    const claim = await deprecateRecord(db, actors.editor, "claim", created.claim.id, {
      version: 1,
      reason: "Superseded by the walk-back.",
    });
    expect(claim).toMatchObject({ rank: "DEPRECATED", rankReason: "Superseded by the walk-back.", version: 2 });
    expect((await appErrorOf(deprecateRecord(db, actors.editor, "claim", created.claim.id, { version: 2, reason: "" }))).fields).toEqual({
      reason: "must not be empty",
    });
  });

  it("deprecates sources, entities and citations by time", async () => {
    for (const [type, id] of [
      ["source", created.citations[0]!.sourceId],
      ["citation", created.citations[0]!.id],
      ["entity", created.claim.id && (await db.entity.findFirstOrThrow()).id],
    ] as const) {
      expect(await deprecateRecord(db, actors.admin, type, id, { version: 1, reason: "r" })).toMatchObject({
        version: 2,
        deprecatedAt: expect.any(String),
      });
    }
  });
});
