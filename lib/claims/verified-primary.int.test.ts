import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { appErrorOf, createActors } from "../testing/editing-fixtures";
import { importQuotes } from "../import/import-quotes";
import { readImportFile } from "../import/read-import-file";
import { loadCorpus } from "../seed/load-corpus";
import { corpus } from "../../prisma/seed/corpus";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { createClaim } from "./create-claim";
import { updateClaim } from "./update-claim";

// "Verified against the primary" only with a primary citation anchored in a stored text.

const { db } = useTestDatabase();
let editor: Actor;
let articleId: number;

beforeAll(async () => {
  await resetDatabase(db);
  await loadCorpus(db, corpus);
  editor = (await createActors(db)).editor;
  articleId = (await db.sourceSnapshot.findFirstOrThrow({ select: { sourceId: true } })).sourceId;
});

describe("the VERIFIED_PRIMARY status", () => {
  it("is refused on a claim whose only anchored citation is a relay, naming status", async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { slug: "as-china-races-ahead-we-may-be-stuck-in-the-past" } });
    const error = await appErrorOf(
      updateClaim(db, editor, claim.id, { version: claim.version, status: "VERIFIED_PRIMARY", reason: "test" }),
    );
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields ?? {})).toEqual(["status"]);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("SOURCED_UNVERIFIED");
  });

  it("is refused when the primary citation's source has no stored text", async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { slug: "china-is-going-to-win-the-ai-race" } });
    const error = await appErrorOf(
      updateClaim(db, editor, claim.id, { version: claim.version, status: "VERIFIED_PRIMARY", reason: "test" }),
    );
    expect(Object.keys(error.fields ?? {})).toEqual(["status"]);
  });

  it("is accepted when a primary citation is anchored in its source's stored text", async () => {
    const created = await createClaim(db, editor, {
      speaker: { slug: "guancha" },
      statements: [{ lang: "en", text: "The article was republished with 觀察者網's authorisation." }],
      status: "VERIFIED_PRIMARY",
      citations: [{ source: { id: articleId }, role: "PRIMARY", exact: "本文獲《觀察者網》授權刊載。" }],
      reason: "test",
    });
    expect(created.status).toBe("VERIFIED_PRIMARY");
  });

  it("is refused by the importer, by line and field", async () => {
    const csv = [
      "speaker,speaker_name,quote,lang,status,source_url,source_type,source_title,source_lang,role",
      'new-speaker,New Speaker,"Words never stored anywhere.",en,VERIFIED_PRIMARY,https://example.org/interview,INTERVIEW,An interview,en,PRIMARY',
    ].join("\n");
    const summary = await importQuotes(db, editor, readImportFile(csv, "csv").rows, { reason: "test" });
    expect(summary.imported).toBe(0);
    expect(summary.failed).toEqual([{ line: 2, reason: expect.stringMatching(/^claim\.create\.status: can be VERIFIED_PRIMARY only/) }]);
  });
});
