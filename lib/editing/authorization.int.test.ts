import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { updateCitation } from "../citations/update-citation";
import { createClaim } from "../claims/create-claim";
import { linkClaims } from "../claims/link-claims";
import { updateClaim } from "../claims/update-claim";
import { createEntity } from "../entities/create-entity";
import { updateEntity } from "../entities/update-entity";
import { AppError } from "../errors";
import { addCitationsToQuote, addCitationToQuote } from "../quotes/add-citation-to-quote";
import { createSourcedQuote } from "../quotes/create-sourced-quote";
import { updateQuote } from "../quotes/update-quote";
import { restoreRevision } from "../revisions/restore-revision";
import { createSource } from "../sources/create-source";
import { linkSources } from "../sources/link-sources";
import { updateSource } from "../sources/update-source";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { deprecateRecord } from "../records/deprecate-record";
import { addHuangQuote, createActors, huangQuote, type RoleName } from "../testing/editing-fixtures";

const { db } = useTestDatabase();

let actors: Record<RoleName, Actor>;
let ids: { quote: number; claim: number; source: number; entity: number; citation: number; revision: number };

beforeAll(async () => {
  await resetDatabase(db);
  actors = await createActors(db);
  const created = await addHuangQuote(db, actors.editor);
  const revision = await db.revision.findFirstOrThrow({ where: { recordType: "quote", recordId: created.quote.id } });
  ids = {
    quote: created.quote.id,
    claim: created.claim.id,
    source: created.citations[0]!.sourceId,
    entity: (await db.entity.findFirstOrThrow()).id,
    citation: created.citations[0]!.id,
    revision: revision.id,
  };
});

// Every mutation, called with input that is valid enough to reach the database for an
// editor; the role check must come first, whatever the input.
const MUTATIONS: Record<string, (actor: Actor) => Promise<unknown>> = {
  createSourcedQuote: (actor) => createSourcedQuote(db, actor, { ...huangQuote(), confirmNotDuplicate: true }),
  addCitationToQuote: (actor) =>
    addCitationToQuote(db, actor, ids.quote, { source: { id: ids.source }, role: "RELAY", exact: "China is going to win" }),
  addCitationsToQuote: (actor) =>
    addCitationsToQuote(db, actor, ids.quote, {
      citations: [{ source: { id: ids.source }, role: "RELAY", exact: "going to win the AI race" }],
    }),
  updateQuote: (actor) => updateQuote(db, actor, ids.quote, { version: 99, reason: "typo", text: "x" }),
  deprecateQuote: (actor) => deprecateRecord(db, actor, "quote", ids.quote, { version: 99, reason: "wrong" }),
  createClaim: (actor) =>
    createClaim(db, actor, { speaker: { id: ids.entity }, statements: [{ lang: "en", text: "A figure." }], state: "DRAFT" }),
  updateClaim: (actor) => updateClaim(db, actor, ids.claim, { version: 99, reason: "r", verdict: "MIXED" }),
  linkClaims: (actor) => linkClaims(db, actor, ids.claim, { toClaimId: ids.claim, kind: "REPEATS" }),
  deprecateClaim: (actor) => deprecateRecord(db, actor, "claim", ids.claim, { version: 99, reason: "r" }),
  createSource: (actor) => createSource(db, actor, { type: "ARTICLE", title: "T", lang: "en" }),
  updateSource: (actor) => updateSource(db, actor, ids.source, { version: 99, reason: "r", title: "T2" }),
  linkSources: (actor) => linkSources(db, actor, ids.source, { toSourceId: ids.source, kind: "QUOTES" }),
  createEntity: (actor) => createEntity(db, actor, { kind: "ORGANIZATION", name: "Acme" }),
  updateEntity: (actor) => updateEntity(db, actor, ids.entity, { version: 99, reason: "r", name: "J. Huang" }),
  updateCitation: (actor) => updateCitation(db, actor, ids.citation, { version: 99, reason: "r", page: "4" }),
  restoreRevision: (actor) => restoreRevision(db, actor, ids.revision, { version: 99, reason: "r" }),
};

const codeOf = async (run: Promise<unknown>) => {
  try {
    await run;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
};

describe.each(Object.entries(MUTATIONS))("%s", (_name, mutate) => {
  it("refuses a caller who is not signed in", async () => {
    expect(await codeOf(mutate(actors.none))).toBe("unauthenticated");
  });

  it("refuses a reader", async () => {
    expect(await codeOf(mutate(actors.reader))).toBe("forbidden");
  });

  it.each(["editor", "admin"] as const)("lets an %s through the role check", async (role) => {
    expect(["unauthenticated", "forbidden"]).not.toContain(await codeOf(mutate(actors[role])));
  });

  it("writes nothing for a refused caller", async () => {
    const before = await db.revision.count();
    await codeOf(mutate(actors.reader));
    expect(await db.revision.count()).toBe(before);
  });
});
