import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { appErrorOf, addHuangQuote, createActors, type RoleName } from "../testing/editing-fixtures";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { createClaim } from "./create-claim";
import { linkClaims } from "./link-claims";

const { db } = useTestDatabase();
let actors: Record<RoleName, Actor>;

beforeEach(async () => {
  await resetDatabase(db);
  actors = await createActors(db);
});

describe("claims", () => {
  it("adds a figure cited as a whole, or as a draft without citation", async () => {
    const { claim, citations } = await addHuangQuote(db, actors.editor);
    const speaker = { slug: "jensen-huang" };
    const figure = await createClaim(db, actors.editor, {
      speaker,
      statements: [
        { lang: "en", text: "Qwen passed Llama in Hugging Face downloads." },
        { lang: "zh-Hant", text: "千問下載量超過Llama。" },
      ],
      claimedAt: "2025",
      citations: [{ source: { id: citations[0]!.sourceId }, role: "RELAY", exact: "downloads", paragraph: 12 }],
    });
    expect(figure).toMatchObject({
      slug: "qwen-passed-llama-in-hugging-face-downloads",
      claimedAtPrecision: "YEAR",
      state: "PUBLISHED",
      status: "SOURCED_UNVERIFIED",
    });
    expect(await db.citation.count({ where: { claimId: figure.id } })).toBe(1);
    expect(await appErrorOf(createClaim(db, actors.editor, { speaker, statements: [{ lang: "en", text: "Uncited." }] }))).toMatchObject({
      fields: { citations: expect.stringContaining("DRAFT") },
    });
    expect(await createClaim(db, actors.editor, { speaker, statements: [{ lang: "en", text: "Uncited." }], state: "DRAFT" })).toMatchObject(
      { state: "DRAFT", status: "UNSOURCED" },
    );
    expect(claim.id).not.toBe(figure.id);
  });

  it("links claims with a date and a source, announcing both claims", async () => {
    const first = await addHuangQuote(db, actors.editor);
    const walkBack = await addHuangQuote(db, actors.editor, {
      speaker: { slug: "jensen-huang" },
      quote: { text: "China is nanoseconds behind America in AI.", lang: "en" },
      confirmNotDuplicate: true,
    });
    const outboxBefore = await db.searchOutbox.count();
    const relation = await linkClaims(db, actors.editor, walkBack.claim.id, {
      toClaimId: first.claim.id,
      kind: "WALKS_BACK",
      relatedAt: "2025-11-05",
      sourceId: first.citations[0]!.sourceId,
      note: "Same day.",
    });
    expect(relation).toMatchObject({ kind: "WALKS_BACK", relatedAt: "2025-11-05T00:00:00.000Z" });
    expect((await db.searchOutbox.findMany({ skip: outboxBefore })).map((entry) => [entry.recordType, entry.recordId])).toEqual([
      ["claim", walkBack.claim.id],
      ["claim", first.claim.id],
    ]);
    expect(await db.revision.count({ where: { recordType: "claim_relation" } })).toBe(1);
    expect(
      await appErrorOf(linkClaims(db, actors.editor, walkBack.claim.id, { toClaimId: first.claim.id, kind: "WALKS_BACK" })),
    ).toMatchObject({ code: "duplicate", details: { existingId: relation.id } });
    expect(await appErrorOf(linkClaims(db, actors.editor, walkBack.claim.id, { toClaimId: 999, kind: "SUPPORTS" }))).toMatchObject({
      fields: { toClaimId: "there is no claim 999" },
    });
    expect(
      await appErrorOf(linkClaims(db, actors.editor, walkBack.claim.id, { toClaimId: first.claim.id, kind: "DENIES" as never })),
    ).toMatchObject({ fields: { kind: expect.stringContaining("WALKS_BACK") } });
  });
});
