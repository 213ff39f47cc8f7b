import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "../db/client";
import { addHuangQuote, createActors } from "../testing/editing-fixtures";
import { updateEntity } from "../entities/update-entity";
import { claimPath, entityPath, sourcePath } from "../routes";
import { resetDatabase } from "../testing/test-database";
import { pageValidator } from "./page-validator";

// The validators proxy.ts gives public pages, from the records they show.

const { url, poolMax } = inject("database");
process.env.DATABASE_URL = url;
process.env.DATABASE_POOL_MAX = String(poolMax);

let actors: Awaited<ReturnType<typeof createActors>>;
let claim: { id: number; slug: string };
let speakerId: number;
let sourceId: number;

beforeAll(async () => {
  await resetDatabase(db());
  actors = await createActors(db());
  const added = await addHuangQuote(db(), actors.editor);
  claim = await db()
    .claim.findUniqueOrThrow({ where: { id: added.claim.id }, select: { id: true, slug: true, speakerId: true } })
    .then((row) => {
      speakerId = row.speakerId;
      return row;
    });
  sourceId = added.citations[0]!.sourceId;
});

afterAll(() => db().$disconnect());

describe("pageValidator", () => {
  it("names the record, its version and update time, for each public page", async () => {
    const claimPage = await pageValidator(db(), claimPath(claim), "html");
    expect(claimPage?.etag).toMatch(new RegExp(`^W/"[^"]+-html-claim-${claim.id}-v1-\\d+-r\\d+"$`));
    const speaker = await db().entity.findUniqueOrThrow({ where: { id: speakerId } });
    expect((await pageValidator(db(), entityPath(speaker), "html"))?.etag).toContain(`-entity-${speakerId}-v1-`);
    expect((await pageValidator(db(), sourcePath({ id: sourceId }), "html"))?.etag).toContain(`-source-${sourceId}-v1-`);
    expect((await pageValidator(db(), "/", "html"))?.etag).toMatch(/-html-search-r\d+-i\d+-w\d+"$/);
  });

  it("gives none to what is not a cacheable page: missing, drafts, old slugs, other paths", async () => {
    expect(await pageValidator(db(), "/claims/999999-nothing", "html")).toBeNull();
    expect(await pageValidator(db(), `/claims/${claim.id}-an-old-slug`, "html")).toBeNull();
    expect(await pageValidator(db(), "/entities/nobody", "html")).toBeNull();
    expect(await pageValidator(db(), "/sources/99999999999", "html")).toBeNull();
    expect(await pageValidator(db(), "/history/claim/1", "html")).toBeNull();
    const draft = await db().claim.create({ data: { slug: "draft", speakerId, state: "DRAFT" } });
    expect(await pageValidator(db(), claimPath(draft), "html")).toBeNull();
  });

  it("changes when anything the page shows is edited, not only the record", async () => {
    const before = await pageValidator(db(), claimPath(claim), "html");
    const speaker = await db().entity.findUniqueOrThrow({ where: { id: speakerId } });
    await updateEntity(db(), actors.editor, speakerId, {
      version: speaker.version,
      reason: "Full name.",
      description: "Founder and CEO of NVIDIA.",
    });
    const after = await pageValidator(db(), claimPath(claim), "html");
    expect(after?.etag).not.toBe(before?.etag);
    expect(after!.lastModified.getTime()).toBeGreaterThanOrEqual(before!.lastModified.getTime());
  });

  it("lets a page built on search expire with its window, so a degraded render is not kept", async () => {
    const now = Date.now();
    const a = await pageValidator(db(), "/", "html", now);
    expect((await pageValidator(db(), "/", "html", now))?.etag).toBe(a?.etag);
    expect((await pageValidator(db(), "/", "html", now + 10 * 60 * 1000))?.etag).not.toBe(a?.etag);
    expect((await pageValidator(db(), claimPath(claim), "html", now + 10 * 60 * 1000))?.etag).toBe(
      (await pageValidator(db(), claimPath(claim), "html", now))?.etag,
    );
  });
});
