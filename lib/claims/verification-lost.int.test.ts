import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { updateCitation } from "../citations/update-citation";
import { deprecateRecord } from "../records/deprecate-record";
import { appErrorOf, createActors } from "../testing/editing-fixtures";
import { createSourcedQuote } from "../quotes/create-sourced-quote";
import { restoreRevision } from "../revisions/restore-revision";
import { loadCorpus } from "../seed/load-corpus";
import { putSourceSnapshot } from "../sources/source-snapshot";
import { corpus } from "../../prisma/seed/corpus";
import { ARTICLE_2025_11_10 } from "../../prisma/seed/article-2025-11-10";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { createClaim } from "./create-claim";

// A claim verified against the primary loses the status, in the same transaction and by a
// revision saying why, when a later change leaves it without an anchored primary citation.

const { db } = useTestDatabase();
let editor: Actor;
let articleId: number;
const IN_ARTICLE = ["本文獲《觀察者網》授權刊載。", "隨後他緊急找補，稱中國只比美國落後"];

beforeAll(async () => {
  await resetDatabase(db);
  await loadCorpus(db, corpus);
  editor = (await createActors(db)).editor;
  articleId = (await db.sourceSnapshot.findFirstOrThrow({ select: { sourceId: true } })).sourceId;
});

let made = 0;
/** A claim verified through one primary citation of the article per sentence given. */
async function verifiedClaim(sentences = [IN_ARTICLE[0]!]) {
  const claim = await createClaim(db, editor, {
    speaker: { slug: "guancha" },
    statements: [{ lang: "en", text: `A verified claim number ${++made}.` }],
    status: "VERIFIED_PRIMARY",
    citations: sentences.map((exact) => ({ source: { id: articleId }, role: "PRIMARY" as const, exact })),
    reason: "test",
  });
  const citations = await db.citation.findMany({ where: { claimId: claim.id }, orderBy: { id: "asc" } });
  return { claim, citations };
}

const claimNow = (id: number) => db.claim.findUniqueOrThrow({ where: { id } });
const lastRevision = (id: number) =>
  db.revision.findFirstOrThrow({ where: { recordType: "claim", recordId: id }, orderBy: { version: "desc" } });

describe("a claim verified against the primary", () => {
  it("is ranked down to sourced, unverified when its only anchored primary citation is deprecated, by the editor's revision saying why", async () => {
    const { claim, citations } = await verifiedClaim();
    const [citation] = citations;
    await deprecateRecord(db, editor, "citation", citation!.id, { version: citation!.version, reason: "wrong paragraph" });
    expect(await claimNow(claim.id)).toMatchObject({ status: "SOURCED_UNVERIFIED", version: claim.version + 1 });
    const revision = await lastRevision(claim.id);
    expect(revision).toMatchObject({ action: "UPDATE", authorId: editor!.userId, version: claim.version + 1 });
    expect(revision.reason).toBe(
      `Verification lost: no primary citation of this claim is found in its source's stored text any more, since citation ${citation!.id} was deprecated.`,
    );
  });

  it("is ranked down when its primary citation is made a relay", async () => {
    const { claim, citations } = await verifiedClaim();
    await updateCitation(db, editor, citations[0]!.id, { version: citations[0]!.version, role: "RELAY", reason: "the article relays it" });
    expect((await claimNow(claim.id)).status).toBe("SOURCED_UNVERIFIED");
    expect((await lastRevision(claim.id)).reason).toMatch(/since citation \d+ was changed\.$/);
  });

  it("keeps the status while another primary citation is anchored", async () => {
    const { claim, citations } = await verifiedClaim(IN_ARTICLE);
    await deprecateRecord(db, editor, "citation", citations[0]!.id, { version: citations[0]!.version, reason: "one is enough" });
    expect(await claimNow(claim.id)).toMatchObject({ status: "VERIFIED_PRIMARY", version: claim.version });
  });

  it("cannot have its primary citation's words edited out of the stored text: 400 naming exact, the claim still verified", async () => {
    const { claim, citations } = await verifiedClaim();
    const error = await appErrorOf(
      updateCitation(db, editor, citations[0]!.id, { version: citations[0]!.version, exact: "本文未獲授權刊載。", reason: "test" }),
    );
    expect(Object.keys(error.fields ?? {})).toEqual(["exact"]);
    expect((await claimNow(claim.id)).status).toBe("VERIFIED_PRIMARY");
  });

  it("is ranked down when the quote carrying its primary citation is deprecated", async () => {
    const { claim } = await createSourcedQuote(db, editor, {
      speaker: { slug: "guancha" },
      quote: { text: IN_ARTICLE[0]!, lang: "zh-Hant" },
      claim: { create: { statements: [{ lang: "en", text: "The article is republished with permission." }], status: "VERIFIED_PRIMARY" } },
      citations: [{ source: { id: articleId }, role: "PRIMARY", exact: IN_ARTICLE[0]! }],
      confirmNotDuplicate: true,
      reason: "test",
    });
    const quote = await db.quote.findFirstOrThrow({ where: { claimId: claim.id } });
    await deprecateRecord(db, editor, "quote", quote.id, { version: quote.version, reason: "duplicate" });
    expect((await claimNow(claim.id)).status).toBe("SOURCED_UNVERIFIED");
    expect((await lastRevision(claim.id)).reason).toMatch(new RegExp(`since quote ${quote.id} was deprecated\\.$`));
  });

  it("cannot get the status back by restoring an earlier revision while no primary citation is anchored: 400 naming status", async () => {
    const { claim, citations } = await verifiedClaim();
    await deprecateRecord(db, editor, "citation", citations[0]!.id, { version: citations[0]!.version, reason: "test" });
    const verified = await db.revision.findFirstOrThrow({ where: { recordType: "claim", recordId: claim.id, version: 1 } });
    const now = await claimNow(claim.id);
    const error = await appErrorOf(restoreRevision(db, editor, verified.id, { version: now.version, reason: "undo" }));
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields ?? {})).toEqual(["status"]);
    expect(await claimNow(claim.id)).toMatchObject({ status: "SOURCED_UNVERIFIED", version: now.version });
  });

  it("is ranked down, by a system revision naming the source, when the source's stored text is replaced without its words", async () => {
    const { claim } = await verifiedClaim();
    const kept = await verifiedClaim([IN_ARTICLE[1]!]);
    const changed = ARTICLE_2025_11_10.replace("本文獲《觀察者網》授權刊載。", "");
    const { unverifiedClaimIds } = await db.$transaction((tx) =>
      putSourceSnapshot(tx, null, articleId, { text: changed, capturedAt: "2025-11-12", origin: "ARCHIVED_COPY" }),
    );
    expect(unverifiedClaimIds).toContain(claim.id);
    expect(unverifiedClaimIds).not.toContain(kept.claim.id);
    expect((await claimNow(claim.id)).status).toBe("SOURCED_UNVERIFIED");
    expect(await lastRevision(claim.id)).toMatchObject({
      authorId: null,
      reason: expect.stringMatching(new RegExp(`since the stored text of source ${articleId} was replaced\\.$`)),
    });
    expect((await claimNow(kept.claim.id)).status).toBe("VERIFIED_PRIMARY");
  });

  it("cannot be verified again by restoring its citation's revision while the words are not in the stored text: 400 naming exact", async () => {
    // After the text was replaced above, this citation's words are no longer in it.
    const citation = await db.citation.findFirstOrThrow({
      where: { exact: IN_ARTICLE[0], deprecatedAt: null, anchorCloseness: null, claimId: { not: null } },
    });
    const deprecated = await deprecateRecord(db, editor, "citation", citation.id, {
      version: citation.version,
      reason: "Not in the text any more.",
    });
    const anchoredOnce = await db.revision.findFirstOrThrow({ where: { recordType: "citation", recordId: citation.id, version: 1 } });
    expect(anchoredOnce.snapshot).toMatchObject({ anchorCloseness: 1 });
    const error = await appErrorOf(restoreRevision(db, editor, anchoredOnce.id, { version: deprecated.version, reason: "undo" }));
    expect(Object.keys(error.fields ?? {})).toEqual(["exact"]);
    expect(await db.citation.findUniqueOrThrow({ where: { id: citation.id } })).toMatchObject({
      deprecatedAt: expect.any(Date),
      anchorCloseness: null,
    });
    expect((await claimNow(citation.claimId!)).status).toBe("SOURCED_UNVERIFIED");
  });
});
