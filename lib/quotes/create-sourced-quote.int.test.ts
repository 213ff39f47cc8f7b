import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { updateClaim } from "../claims/update-claim";
import { appErrorOf, addHuangQuote, createActors, HUANG_URL, huangQuote, type RoleName } from "../testing/editing-fixtures";
import { findRevisionHistory } from "../revisions/find-revision-history";
import { PostgresEngine } from "../search/postgres/engine";
import { processOutbox } from "../search/sync";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { addCitationToQuote } from "./add-citation-to-quote";
import { createSourcedQuote } from "./create-sourced-quote";
import { findQuoteDuplicates } from "./find-quote-duplicates";

const { db } = useTestDatabase();
const engine = new PostgresEngine(db);
let actors: Record<RoleName, Actor>;

beforeAll(() => engine.prepare());

beforeEach(async () => {
  await resetDatabase(db);
  actors = await createActors(db);
});

describe("createSourcedQuote", () => {
  it("writes speaker, claim, quote, translation, source and citation, each with a revision and an outbox entry", async () => {
    const result = await addHuangQuote(db, actors.editor);
    expect(result.claim).toMatchObject({ state: "PUBLISHED", createdNow: true, slug: "china-is-going-to-win-the-ai-race" });
    expect(result.quote.translations).toHaveLength(1);
    const source = await db.source.findUniqueOrThrow({ where: { id: result.citations[0]!.sourceId } });
    expect(source.url).toBe(HUANG_URL);
    const claim = await db.claim.findUniqueOrThrow({ where: { id: result.claim.id }, include: { tags: { include: { tag: true } } } });
    expect(claim).toMatchObject({ status: "SOURCED_UNVERIFIED", claimedAtPrecision: "DAY" });
    expect(claim.tags.map(({ tag }) => tag.slug)).toEqual(["china-ai-race"]);

    const revisions = await db.revision.findMany({ orderBy: { id: "asc" } });
    expect(revisions.map((revision) => [revision.recordType, revision.action, revision.version, revision.authorId])).toEqual(
      ["entity", "claim", "quote", "source", "citation"].map((type) => [type, "CREATE", 1, actors.editor!.userId]),
    );
    const outbox = await db.searchOutbox.findMany({ orderBy: { id: "asc" } });
    expect(outbox.map((entry) => entry.recordType).sort()).toEqual(["citation", "claim", "entity", "quote", "source", "tag"]);
  });

  it("reuses the source recorded at the same normalised address", async () => {
    const first = await addHuangQuote(db, actors.editor);
    const second = await addCitationToQuote(db, actors.editor, first.quote.id, {
      source: { url: `HTTPS://WWW.FT.COM/content/huang-interview?fbclid=x` },
      role: "RELAY",
      exact: "win the AI race",
    });
    // www.ft.com ≠ ft.com only by host; this one is the same page.
    const same = await addCitationToQuote(db, actors.editor, first.quote.id, {
      source: { url: `${HUANG_URL}#comments` },
      role: "RELAY",
      exact: "the AI race",
    });
    expect(same.sourceId).toBe(first.citations[0]!.sourceId);
    expect(second.sourceId).toBe(first.citations[0]!.sourceId);
    expect(await db.source.count()).toBe(1);
  });

  it("asks for the fields of a source it does not know", async () => {
    const error = await appErrorOf(
      addHuangQuote(db, actors.editor, { citations: [{ source: { url: "https://example.org/new" }, role: "PRIMARY", exact: "x" }] }),
    );
    expect(error.code).toBe("invalid_input");
    expect(error.fields).toHaveProperty(["citations.0.source.create"]);
  });

  it("rejects fields a caller must not set", async () => {
    const input = { ...huangQuote(), authorId: 7, version: 3, quote: { ...huangQuote().quote, id: 1 } };
    const error = await appErrorOf(createSourcedQuote(db, actors.editor, input as never));
    expect(error.fields).toMatchObject({
      authorId: "is not a field you can set",
      version: "is not a field you can set",
      "quote.id": "is not a field you can set",
    });
  });

  it("validates every field with its own message", async () => {
    const error = await appErrorOf(
      addHuangQuote(db, actors.editor, {
        quote: { text: "  ", lang: "english" },
        citations: [{ source: { url: "ftp://example.org/x" }, role: "PRIMARY", exact: "x" }],
      }),
    );
    expect(error.fields).toMatchObject({
      "quote.text": "must not be empty",
      "quote.lang": expect.stringContaining("BCP 47"),
      "citations.0.source.url": "must be an http or https address",
    });
    const seconds = await appErrorOf(
      addHuangQuote(db, actors.editor, {
        citations: [{ source: { id: 1 }, role: "PRIMARY", exact: "x", startSeconds: 30, endSeconds: 10 }],
      }),
    );
    expect(seconds.fields).toEqual({ "citations.0.endSeconds": "must not be before startSeconds" });
  });
});

describe("the citation rule", () => {
  it("refuses to publish a quote without a citation", async () => {
    const error = await appErrorOf(addHuangQuote(db, actors.editor, { citations: [] }));
    expect(error.fields?.citations).toMatch(/at least one citation/);
    expect(await db.quote.count()).toBe(0);
  });

  it("keeps an uncited quote as a draft, which readers cannot see", async () => {
    const draft = huangQuote({ citations: [] });
    const result = await createSourcedQuote(db, actors.editor, { ...draft, claim: { create: { ...draft.claim.create!, state: "DRAFT" } } });
    expect(result.claim.state).toBe("DRAFT");
    const claim = await db.claim.findUniqueOrThrow({ where: { id: result.claim.id } });
    expect(claim.status).toBe("UNSOURCED");

    await processOutbox(db, engine);
    expect((await engine.search({ q: "China AI race", filters: {}, sort: "relevance", page: 1, perPage: 10 })).total).toBe(0);
    await expect(findRevisionHistory(db, actors.reader, { recordType: "quote", recordId: result.quote.id })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(findRevisionHistory(db, actors.none, { recordType: "claim", recordId: result.claim.id })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await findRevisionHistory(db, actors.editor, { recordType: "quote", recordId: result.quote.id })).toHaveLength(1);
    expect(await findQuoteDuplicates(db, { text: draft.quote.text, speakerSlug: "jensen-huang" }, { engine })).toEqual([]);
    expect(
      await findQuoteDuplicates(db, { text: draft.quote.text, speakerSlug: "jensen-huang" }, { engine, includeDrafts: true }),
    ).toHaveLength(1);

    // Published only once cited.
    const publish = await appErrorOf(updateClaim(db, actors.editor, result.claim.id, { version: 1, reason: "ready", state: "PUBLISHED" }));
    expect(publish.code).toBe("unprocessable");
    await addCitationToQuote(db, actors.editor, result.quote.id, {
      source: { url: HUANG_URL, create: { type: "INTERVIEW", title: "Interview", lang: "en" } },
      role: "PRIMARY",
      exact: "China is going to win",
    });
    const published = await updateClaim(db, actors.editor, result.claim.id, { version: 1, reason: "cited now", state: "PUBLISHED" });
    expect(published).toMatchObject({ state: "PUBLISHED", version: 2 });
  });

  it("refuses an uncited quote on a published claim", async () => {
    const first = await addHuangQuote(db, actors.editor);
    const error = await appErrorOf(
      createSourcedQuote(db, actors.editor, {
        quote: { text: "Another line.", lang: "en" },
        claim: { id: first.claim.id },
        citations: [],
        confirmNotDuplicate: true,
      }),
    );
    expect(error.fields?.citations).toMatch(/published/);
  });
});

describe("duplicates", () => {
  const chinese = (text: string, speaker: { slug: string } | undefined = { slug: "jensen-huang" }) =>
    huangQuote({ speaker, quote: { text, lang: "zh-Hant" }, citations: [{ source: { id: 1 }, role: "RELAY", exact: text }] });

  it("finds the same words across Traditional and Simplified, width, case and punctuation", async () => {
    const first = await addHuangQuote(db, actors.editor, { quote: { text: "黃仁勳說：中國將贏得 AI 競賽。", lang: "zh-Hant" } });
    const error = await appErrorOf(createSourcedQuote(db, actors.editor, chinese("黄仁勋说中国将赢得ＡＩ竞赛")));
    expect(error.code).toBe("duplicate");
    const candidates = error.details?.candidates as { quoteId: number; match: string }[];
    expect(candidates[0]).toMatchObject({ quoteId: first.quote.id, match: "same", similarity: 1 });
    expect(await db.quote.count()).toBe(1);

    const confirmed = await createSourcedQuote(db, actors.editor, { ...chinese("黄仁勋说中国将赢得ＡＩ竞赛"), confirmNotDuplicate: true });
    expect(confirmed.quote.id).not.toBe(first.quote.id);
  });

  it("compares with the speaker's translations too", async () => {
    await addHuangQuote(db, actors.editor);
    const error = await appErrorOf(createSourcedQuote(db, actors.editor, chinese("中国将赢得人工智能竞赛")));
    expect((error.details?.candidates as { match: string }[])[0]?.match).toBe("same");
  });

  it("finds a close rendering through search, whoever the speaker", async () => {
    await addHuangQuote(db, actors.editor);
    await processOutbox(db, engine);
    const candidates = await findQuoteDuplicates(db, { text: "China is going to win the race in AI" }, { engine });
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ match: "close", speaker: { slug: "jensen-huang" } });
    expect(candidates[0]!.similarity).toBeGreaterThanOrEqual(0.6);
    expect(await findQuoteDuplicates(db, { text: "Open models are quietly winning Silicon Valley" }, { engine })).toEqual([]);
  });
});
