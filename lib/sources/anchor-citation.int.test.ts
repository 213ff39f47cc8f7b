import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { updateCitation } from "../citations/update-citation";
import { appErrorOf, createActors } from "../testing/editing-fixtures";
import { importQuotes } from "../import/import-quotes";
import { readImportFile } from "../import/read-import-file";
import { addCitationToQuote } from "../quotes/add-citation-to-quote";
import { createSourcedQuote } from "../quotes/create-sourced-quote";
import { sourcedQuoteFromForm } from "../quotes/quote-form";
import { loadCorpus } from "../seed/load-corpus";
import { corpus } from "../../prisma/seed/corpus";
import { ARTICLE_2025_11_10 } from "../../prisma/seed/article-2025-11-10";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { contentHash, findUnanchoredCitations, putSourceSnapshot } from "./source-snapshot";
import { foldForAnchoring } from "./text-anchor";

// Citations of a source whose text Claimtrail holds are anchored in it: the demo article's
// citations all are, words that are not in it are refused, and a changed text re-anchors.

const { db } = useTestDatabase();
let editor: Actor;
let articleId: number;
const fold = (text: string) => foldForAnchoring(text).text;

beforeAll(async () => {
  await resetDatabase(db);
  await loadCorpus(db, corpus);
  editor = (await createActors(db)).editor;
  articleId = (await db.sourceSnapshot.findFirstOrThrow({ select: { sourceId: true } })).sourceId;
});

describe("the demo article's snapshot", () => {
  it("is stored with its hash and origin", async () => {
    const snapshot = await db.sourceSnapshot.findUniqueOrThrow({ where: { sourceId: articleId } });
    expect(snapshot).toMatchObject({ text: ARTICLE_2025_11_10, contentHash: contentHash(ARTICLE_2025_11_10), origin: "PASTED" });
  });

  it("anchors every Chinese citation of the article, exactly, with its context", async () => {
    const citations = await db.citation.findMany({ where: { sourceId: articleId } });
    expect(citations.length).toBeGreaterThan(30);
    for (const citation of citations) {
      expect(citation.anchorStart, citation.exact).not.toBeNull();
      expect(citation.anchorCloseness).toBe(1);
      expect(fold(ARTICLE_2025_11_10.slice(citation.anchorStart!, citation.anchorEnd!))).toBe(fold(citation.exact));
    }
    expect(await findUnanchoredCitations(db)).toEqual([]);
  });
});

describe("writing a citation of a source with a snapshot", () => {
  const quoteId = () =>
    db.quote
      .findFirstOrThrow({ where: { lang: "zh-Hant", citations: { some: { sourceId: articleId } } }, select: { id: true } })
      .then((quote) => quote.id);

  it("refuses words that are not in the stored text, naming exact", async () => {
    const error = await appErrorOf(
      addCitationToQuote(db, editor, await quoteId(), {
        source: { id: articleId },
        role: "RELAY",
        exact: "Qwen 385.3 million; Llama 346.2 million",
        reason: "test",
      }),
    );
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields ?? {})).toEqual(["exact"]);
  });

  it("stores the anchor and takes prefix and suffix from the text when left out", async () => {
    const created = await addCitationToQuote(db, editor, await quoteId(), {
      source: { id: articleId },
      role: "RELAY",
      exact: "隨後他緊急找補，稱中國只比美國落後",
      reason: "test",
    });
    const row = await db.citation.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.anchorCloseness).toBe(1);
    expect(row.prefix).toMatch(/競賽。」$/);
    expect(row.suffix).toMatch(/^「納秒級」/);
    const refused = await appErrorOf(
      updateCitation(db, editor, row.id, { version: row.version, reason: "test", exact: "中國只比美國落後十年" }),
    );
    expect(Object.keys(refused.fields ?? {})).toEqual(["exact"]);
  });

  it("refuses them from the add-quote form beside the citation's words, and from the importer by line", async () => {
    const ft = await db.source.findFirstOrThrow({ where: { url: { not: null }, snapshot: null }, select: { id: true, url: true } });
    // A stored text holding the words its citations already quote, so that only the new words are missing.
    const quoted = await db.citation.findMany({ where: { sourceId: ft.id }, select: { exact: true } });
    const text = quoted.map((citation) => citation.exact).join("\n");
    await db.$transaction((tx) => putSourceSnapshot(tx, editor!.userId, ft.id, { text, capturedAt: "2025-11-06", origin: "TRANSCRIPT" }));
    const form = {
      "speaker.slug": "jensen-huang",
      "quote.text": "China has already won the AI race.",
      "quote.lang": "en",
      "claim.mode": "new",
      "claim.create.statements.0.lang": "en",
      "claim.create.statements.0.text": "China has already won the AI race.",
      "citations.0.source.url": ft.url!,
      "citations.0.role": "PRIMARY",
      "citations.0.exact": "China has already won the AI race",
    };
    const refused = await appErrorOf(createSourcedQuote(db, editor, sourcedQuoteFromForm(form, { draft: false, confirm: true })));
    expect(Object.keys(refused.fields ?? {})).toEqual(["citations.0.exact"]);

    const csv = [
      "speaker,quote,lang,source_id,role,exact",
      `jensen-huang,China has already won the AI race.,en,${articleId},RELAY,中國已經贏得人工智能競賽`,
    ].join("\n");
    const summary = await importQuotes(db, editor, readImportFile(csv, "csv").rows, { reason: "test" });
    expect(summary).toMatchObject({
      imported: 0,
      failed: [{ line: 2, reason: expect.stringMatching(/^citations\.0\.exact: is not in the source's stored text/) }],
    });
  });

  it("re-anchors when the text changes, and lists what no longer anchors", async () => {
    const changed = ARTICLE_2025_11_10.replace("隨後他緊急找補", "隨後他改口");
    const { unanchoredCitationIds } = await db.$transaction((tx) =>
      putSourceSnapshot(tx, null, articleId, { text: changed, capturedAt: "2025-11-11", origin: "ARCHIVED_COPY" }),
    );
    expect(unanchoredCitationIds.length).toBeGreaterThan(0);
    const listed = await findUnanchoredCitations(db);
    expect(listed.map((citation) => citation.id)).toEqual(unanchoredCitationIds);
    expect(listed.every((citation) => citation.exact.includes("緊急找補"))).toBe(true);
  });
});
