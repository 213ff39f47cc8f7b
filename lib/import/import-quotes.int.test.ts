import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { createActors, type RoleName } from "../testing/editing-fixtures";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { findImportActor } from "./import-actor";
import { importQuotes } from "./import-quotes";
import { readImportFile } from "./read-import-file";

const { db } = useTestDatabase();
let actors: Record<RoleName, Actor>;

beforeEach(async () => {
  await resetDatabase(db);
  actors = await createActors(db);
});

const CSV = [
  "speaker,speaker_name,quote,lang,translation,translation_lang,translator,claimed_at,tags,source_url,source_type,source_title,source_lang,role,paragraph,exact",
  'jensen-huang,Jensen Huang,China is going to win the AI race.,en,中國將贏得人工智能競賽。,zh-Hant,Claimtrail,2025-11-05,china-ai-race,https://www.ft.com/content/x?utm_source=a,INTERVIEW,FT interview,en,PRIMARY,,"China is going to win the AI race"',
  "jensen-huang,,,en,,,,2025-11-05,,https://www.ft.com/content/x,,,,PRIMARY,,",
  'brian-chesky,Brian Chesky,"We rely heavily on Qwen.\nIt is fast and cheap.",en,,,,2025-10,open-source-models|silicon-valley,https://www.ft.com/content/x,,,,RELAY,0,',
  "jensen-huang,,China is nanoseconds behind America in AI.,en,,,,2025-11-05,,https://www.ft.com/content/x,,,,RELAY,3,",
  "nobody-known,,Words of an unknown speaker.,en,,,,,,https://www.ft.com/content/x,,,,RELAY,,",
  "jensen-huang,,Undated words.,en,,,,2025-13-40,,https://example.org/none,,,,RELAY,,",
].join("\n");

describe("importQuotes", () => {
  it("imports good rows, reports bad ones by line with the reason, and changes nothing on a re-run", async () => {
    const { rows, problems } = readImportFile(CSV, "csv");
    expect(problems).toEqual([]);
    const progress: number[] = [];
    const first = await importQuotes(db, actors.editor, rows, {
      reason: "Imported from quotes.csv.",
      batchSize: 2,
      onProgress: (done) => progress.push(done),
    });
    expect(first).toMatchObject({ rows: 6, imported: 2, alreadyPresent: 0 });
    expect(first.invalid).toEqual([
      { line: 3, reason: expect.stringMatching(/^quote\.text: must be text; .*citations\.0\.exact: must be text$/) },
      { line: 4, reason: expect.stringContaining("citations.0.paragraph: must be 1 or more") },
      { line: 8, reason: expect.stringContaining("claim.create.claimedAt") },
    ]);
    expect(first.failed).toEqual([{ line: 7, reason: 'speaker: there is no entity "nobody-known"' }]);
    expect(progress.at(-1)).toBe(6);

    expect(await db.quote.count()).toBe(2);
    expect(await db.source.count()).toBe(1);
    expect(await db.revision.findFirst({ where: { recordType: "quote" } })).toMatchObject({
      reason: "Imported from quotes.csv.",
      authorId: actors.editor!.userId,
    });
    const huang = await db.entity.findUniqueOrThrow({
      where: { slug: "jensen-huang" },
      include: { claimsSpoken: { include: { quotes: { include: { translations: true } } } } },
    });
    expect(huang.claimsSpoken.flatMap((claim) => claim.quotes.map((quote) => quote.translations.length))).toEqual([1, 0]);

    const again = await importQuotes(db, actors.editor, rows, { reason: "Imported from quotes.csv." });
    expect(again).toMatchObject({ imported: 0, alreadyPresent: 2 });
    expect(await db.quote.count()).toBe(2);
  });

  it("takes the JSON form of POST /api/quotes, and counts repeats within one file", async () => {
    const row = {
      speaker: { create: { slug: "jensen-huang", kind: "PERSON", name: "Jensen Huang" } },
      quote: { text: "China is going to win the AI race.", lang: "en" },
      claim: { create: { statements: [{ lang: "en", text: "China is going to win the AI race." }] } },
      citations: [
        {
          source: { create: { type: "INTERVIEW", title: "FT interview", lang: "en", issued: "2025-11-05" } },
          role: "PRIMARY",
          exact: "China is going to win",
        },
      ],
    };
    const text = JSON.stringify(
      [row, { ...row, quote: { text: "CHINA is going to win the AI race", lang: "en" } }, { ...row, role: "ADMIN" }],
      null,
      2,
    );
    const thirdLine = text.split("\n").flatMap((line, index) => (line === "  {" ? [index + 1] : []))[2];
    const summary = await importQuotes(db, actors.admin, readImportFile(text, "json").rows, { reason: "r" });
    expect(summary).toMatchObject({
      imported: 1,
      alreadyPresent: 1,
      invalid: [{ line: thirdLine, reason: "role: is not a field you can set" }],
    });
  });

  it("imports co-speakers, a misattribution and figure citations, from CSV and from JSON", async () => {
    const csv = [
      "speaker,speaker_name,quote,lang,co_speakers,status,actual_speaker,misattributed_by,misattribution_evidence,source_url,source_type,source_title,source_lang,role,kind,measure,exact",
      "selina-xu,Selina Xu,We may be stuck in the past.,en,,,,,,https://example.org/op-ed,ARTICLE,The op-ed,en,PRIMARY,,,We may be stuck in the past",
      "eric-schmidt,Eric Schmidt,As China races ahead.,en,selina-xu,,,,,https://example.org/op-ed,,,,PRIMARY,,,As China races ahead",
      "jensen-huang,Jensen Huang,Words he never said.,en,,MISATTRIBUTED,eric-schmidt,selina-xu,The op-ed's byline,https://example.org/op-ed,,,,RELAY,,,Words he never said",
      "hugging-face,Hugging Face,Qwen was downloaded 385.3 million times.,en,,,,,,https://example.org/dataset,DATASET,Downloads,en,PRIMARY,FIGURE,Qwen downloads,385.3 million",
      "hugging-face,,Llama was downloaded 346.2 million times.,en,,,,,,https://example.org/dataset,,,,PRIMARY,FIGURE,,346.2 million",
      "eric-schmidt,,Said with nobody.,en,nobody,,,,,https://example.org/op-ed,,,,PRIMARY,,,Said with nobody",
    ].join("\n");
    const summary = await importQuotes(db, actors.editor, readImportFile(csv, "csv").rows, { reason: "r" });
    expect(summary).toMatchObject({ imported: 4, invalid: [{ line: 6, reason: expect.stringContaining("citations.0.measure") }] });
    expect(summary.failed).toEqual([{ line: 7, reason: 'claim.create.coSpeakers.0: there is no entity "nobody"' }]);
    const claims = await db.claim.findMany({
      orderBy: { id: "asc" },
      include: { speaker: true, coSpeakers: { include: { entity: true } }, actualSpeaker: true, misattributedBy: true },
    });
    expect(claims.map((claim) => [claim.speaker.slug, claim.coSpeakers.map(({ entity }) => entity.slug)])).toEqual([
      ["selina-xu", []],
      ["eric-schmidt", ["selina-xu"]],
      ["jensen-huang", []],
      ["hugging-face", []],
    ]);
    expect(claims[2]).toMatchObject({
      status: "MISATTRIBUTED",
      actualSpeaker: { slug: "eric-schmidt" },
      misattributedBy: { slug: "selina-xu" },
      misattributionEvidence: "The op-ed's byline",
    });
    expect(await db.citation.findFirst({ where: { kind: "FIGURE" } })).toMatchObject({ measure: "Qwen downloads", exact: "385.3 million" });

    const json = JSON.stringify([
      {
        speaker: { slug: "selina-xu" },
        quote: { text: "China is ahead in open models.", lang: "en" },
        claim: { create: { statements: [{ lang: "en", text: "China is ahead in open models." }], coSpeakers: [{ slug: "eric-schmidt" }] } },
        citations: [
          {
            source: { url: "https://example.org/dataset" },
            role: "PRIMARY",
            kind: "FIGURE",
            measure: "Chinese models' share of downloads",
            exact: "17.1%",
          },
        ],
      },
    ]);
    expect(await importQuotes(db, actors.editor, readImportFile(json, "json").rows, { reason: "r" })).toMatchObject({
      imported: 1,
      invalid: [],
      failed: [],
    });
    const fromJson = await db.claim.findFirstOrThrow({
      orderBy: { id: "desc" },
      include: { coSpeakers: { include: { entity: true } }, citations: true, quotes: { include: { citations: true } } },
    });
    expect(fromJson.coSpeakers.map(({ entity }) => entity.slug)).toEqual(["eric-schmidt"]);
    expect(fromJson.quotes[0]!.citations[0]).toMatchObject({
      kind: "FIGURE",
      measure: "Chinese models' share of downloads",
      exact: "17.1%",
    });
  });

  it("runs as an editor only", async () => {
    await expect(importQuotes(db, actors.reader, [], { reason: "r" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await findImportActor(db)).toEqual(actors.admin);
    expect(await findImportActor(db, "Editor@Example.org")).toEqual(actors.editor);
    await expect(findImportActor(db, "who@example.org")).rejects.toThrow(/no user/);
  });
});
