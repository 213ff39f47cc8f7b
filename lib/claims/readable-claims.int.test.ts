import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { findClaimPage } from "./find-claim-page";
import { linkClaims } from "./link-claims";
import { findQuoteClaim } from "../quotes/find-quote-claim";
import { findRevisionHistory } from "../revisions/find-revision-history";
import { addHuangQuote, appErrorOf, createActors, huangQuote, type RoleName } from "../testing/editing-fixtures";
import { resetDatabase, useTestDatabase } from "../testing/test-database";

// "Published unless an editor asks", held in the where of each read: a draft, and whatever
// belongs to or points at one, is not found by a reader, on every read path.

const { db } = useTestDatabase();
let actors: Record<RoleName, Actor>;
let published: { claimId: number };
let draft: { claimId: number; quoteId: number };

beforeEach(async () => {
  await resetDatabase(db);
  actors = await createActors(db);
  const remark = await addHuangQuote(db, actors.editor);
  const unsourced = huangQuote({ citations: [] });
  const drafted = await addHuangQuote(db, actors.editor, {
    quote: { ...unsourced.quote, text: "A different sentence, still a draft." },
    claim: { create: { ...unsourced.claim.create!, statements: [{ lang: "en", text: "A draft claim." }], state: "DRAFT" } },
    citations: [],
    confirmNotDuplicate: true,
    speaker: { slug: "jensen-huang" },
  });
  published = { claimId: remark.claim.id };
  draft = { claimId: drafted.claim.id, quoteId: drafted.quote.id };
});

describe("drafts are left out by the query", () => {
  it("findClaimPage finds no draft, and lists no relation to one, nor its revisions", async () => {
    expect(await findClaimPage(db, draft.claimId)).toBeNull();
    await linkClaims(db, actors.editor, published.claimId, { toClaimId: draft.claimId, kind: "REPEATS" });
    const page = (await findClaimPage(db, published.claimId))!;
    expect(page.related).toEqual([]);
    expect(page.revisions.map((revision) => revision.recordType)).not.toContain("claim_relation");
  });

  it("findQuoteClaim gives a reader no draft's claim, and an editor their draft", async () => {
    expect((await appErrorOf(findQuoteClaim(db, actors.reader, draft.quoteId))).code).toBe("not_found");
    expect((await appErrorOf(findQuoteClaim(db, actors.none, draft.quoteId))).code).toBe("not_found");
    expect(await findQuoteClaim(db, actors.editor, draft.quoteId)).toMatchObject({ id: draft.claimId, state: "DRAFT" });
  });

  it("revision history of a relation to a draft is for editors only", async () => {
    const relation = await linkClaims(db, actors.editor, published.claimId, { toClaimId: draft.claimId, kind: "REPEATS" });
    const query = { recordType: "claim_relation", recordId: String(relation.id) };
    expect((await appErrorOf(findRevisionHistory(db, actors.reader, query))).code).toBe("not_found");
    expect(await findRevisionHistory(db, actors.editor, query)).toHaveLength(1);
  });

  it("a published claim's records stay readable by anyone", async () => {
    expect(await findClaimPage(db, published.claimId)).not.toBeNull();
    expect(await findRevisionHistory(db, actors.reader, { recordType: "claim", recordId: String(published.claimId) })).not.toHaveLength(0);
  });
});
