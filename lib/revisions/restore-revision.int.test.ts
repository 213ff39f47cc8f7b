import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { linkClaims } from "../claims/link-claims";
import { updateClaim } from "../claims/update-claim";
import { deprecateRecord } from "../records/deprecate-record";
import { addHuangQuote, createActors, type RoleName } from "../testing/editing-fixtures";
import type { SourcedQuoteResult } from "../quotes/create-sourced-quote";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { findRevisionHistory } from "./find-revision-history";
import { restoreRevision } from "./restore-revision";

const { db } = useTestDatabase();
let actors: Record<RoleName, Actor>;
let created: SourcedQuoteResult;

beforeEach(async () => {
  await resetDatabase(db);
  actors = await createActors(db);
  created = await addHuangQuote(db, actors.editor);
});

describe("revision history", () => {
  it("lists every revision with what it changed, for anyone when published", async () => {
    const claimId = created.claim.id;
    await updateClaim(db, actors.editor, claimId, { version: 1, reason: "Tagged", tags: ["china-ai-race", "export-controls"] });
    await deprecateRecord(db, actors.admin, "claim", claimId, { version: 2, reason: "Walked back" });
    const history = await findRevisionHistory(db, actors.none, { recordType: "claim", recordId: String(claimId) } as never);
    expect(history.map((entry) => [entry.version, entry.action, entry.author?.displayName, entry.reason])).toEqual([
      [1, "CREATE", "editor user", "Added a sourced quote."],
      [2, "UPDATE", "editor user", "Tagged"],
      [3, "DEPRECATE", "admin user", "Walked back"],
    ]);
    expect(history[1]!.changes.map((change) => change.field)).toEqual(["tags"]);
    expect(history[2]!.changes).toEqual([
      { field: "rank", before: "NORMAL", after: "DEPRECATED" },
      { field: "rankReason", before: null, after: "Walked back" },
    ]);
  });

  it("refuses an unknown record type by field", async () => {
    await expect(findRevisionHistory(db, actors.editor, { recordType: "user", recordId: "1" })).rejects.toMatchObject({
      code: "invalid_input",
      fields: { recordType: expect.any(String) },
    });
  });
});

describe("restore", () => {
  it("brings back an earlier state as a new RESTORE revision", async () => {
    const claimId = created.claim.id;
    await updateClaim(db, actors.editor, claimId, {
      version: 1,
      reason: "Reworded",
      statements: [{ lang: "en", text: "China will win." }],
      tags: [],
    });
    await deprecateRecord(db, actors.editor, "claim", claimId, { version: 2, reason: "Wrong claim" });
    const first = await db.revision.findFirstOrThrow({ where: { recordType: "claim", recordId: claimId, version: 1 } });

    const restored = await restoreRevision(db, actors.editor, first.id, { version: 3, reason: "Back to the original wording" });
    expect(restored).toMatchObject({
      version: 4,
      rank: "NORMAL",
      rankReason: null,
      statements: [{ lang: "en", text: "China is going to win the AI race." }],
    });
    const history = await findRevisionHistory(db, actors.editor, { recordType: "claim", recordId: claimId });
    expect(history.map((entry) => entry.action)).toEqual(["CREATE", "UPDATE", "DEPRECATE", "RESTORE"]);
    expect(history[3]).toMatchObject({ author: { id: actors.editor!.userId }, reason: "Back to the original wording" });
    expect(await db.claimTag.count({ where: { claimId } })).toBe(1);
    // Earlier revisions are untouched: history only grows.
    expect(await db.revision.findUniqueOrThrow({ where: { id: first.id } })).toEqual(first);
  });

  it("is version-checked like any edit", async () => {
    const first = await db.revision.findFirstOrThrow({ where: { recordType: "quote", recordId: created.quote.id } });
    await deprecateRecord(db, actors.editor, "quote", created.quote.id, { version: 1, reason: "Wrong" });
    await expect(restoreRevision(db, actors.editor, first.id, { version: 1, reason: "Undo" })).rejects.toMatchObject({
      code: "conflict",
      details: { changedFields: ["deprecatedAt"] },
    });
    expect(await restoreRevision(db, actors.editor, first.id, { version: 2, reason: "Undo" })).toMatchObject({
      version: 3,
      deprecatedAt: null,
    });
  });

  it("has nothing to restore for relations, which are never edited", async () => {
    const other = await addHuangQuote(db, actors.editor, {
      speaker: { slug: "jensen-huang" },
      quote: { text: "China is nanoseconds behind America in AI.", lang: "en" },
      confirmNotDuplicate: true,
    });
    const relation = await linkClaims(db, actors.editor, other.claim.id, {
      toClaimId: created.claim.id,
      kind: "WALKS_BACK",
      relatedAt: "2025-11-05",
      sourceId: created.citations[0]!.sourceId,
    });
    const revision = await db.revision.findFirstOrThrow({ where: { recordType: "claim_relation", recordId: relation.id } });
    await expect(restoreRevision(db, actors.editor, revision.id, { version: 1, reason: "r" })).rejects.toMatchObject({
      code: "unprocessable",
    });
    await expect(restoreRevision(db, actors.editor, 99999, { version: 1, reason: "r" })).rejects.toMatchObject({ code: "not_found" });
  });
});
