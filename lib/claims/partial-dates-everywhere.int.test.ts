import { beforeAll, describe, expect, it } from "vitest";
import { exportCitation } from "../citations/format-citation";
import type { DatePrecision } from "../db/generated/enums";
import { loadCorpus } from "../seed/load-corpus";
import { corpus } from "../../prisma/seed/corpus";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { claimJsonLdDocument } from "./claim-json-ld-document";
import { citedCitationOf, claimCslItem, findCitableClaim } from "./claim-page-citation";

// Every demo claim, read back from this database: its JSON-LD and its citation files say no
// more of a date than the record holds (a claim dated to 2025 is never 2025-01-01, a source
// issued in November 2025 never the 1st). The search documents and answers are held to the
// same by the engine contract (lib/testing/search/engine-contract.ts), on both databases too.

const { db } = useTestDatabase();
const ORIGIN = "https://claimtrail.example";
const PARTS: Record<DatePrecision, number> = { YEAR: 1, MONTH: 2, DAY: 3 };
/** The date as far as it is known, worked out here rather than by the code under test: 2025, 2025-11, 2025-11-10. */
const known = (date: Date, precision: DatePrecision | null) =>
  date.toISOString().slice(0, { YEAR: 4, MONTH: 7, DAY: 10 }[precision ?? "DAY"]);

beforeAll(async () => {
  await resetDatabase(db);
  await loadCorpus(db, corpus);
});

describe("dates as precise as the record, from the database to every file", () => {
  it("has partial dates to check", async () => {
    expect(await db.claim.count({ where: { claimedAtPrecision: { in: ["YEAR", "MONTH"] } } })).toBeGreaterThanOrEqual(5);
    expect(await db.source.count({ where: { issuedPrecision: { in: ["YEAR", "MONTH"] } } })).toBeGreaterThanOrEqual(2);
  });

  it("gives each claim's JSON-LD the claim's date at its precision, and each cited source's date at the source's", async () => {
    const claims = await db.claim.findMany({
      where: { state: "PUBLISHED" },
      select: { id: true, claimedAt: true, claimedAtPrecision: true },
    });
    const sources = await db.source.findMany({ select: { issued: true, issuedPrecision: true } });
    // Every date the record holds, written as precisely as it is known; nothing else may appear.
    const held = new Set([
      ...claims.map((claim) => claim.claimedAt && known(claim.claimedAt, claim.claimedAtPrecision)),
      ...sources.map((source) => source.issued && known(source.issued, source.issuedPrecision)),
    ]);
    for (const claim of claims) {
      const document = (await claimJsonLdDocument(db, claim.id, ORIGIN))!;
      const graph = (JSON.parse(document) as { "@graph": Record<string, unknown>[] })["@graph"];
      const node = graph.find((candidate) => candidate["@type"] === "Claim")!;
      expect(node.datePublished, `claim ${claim.id}`).toBe(claim.claimedAt ? known(claim.claimedAt, claim.claimedAtPrecision) : undefined);
      // Dates that are not times of an edit (those are instants: …T…Z).
      for (const [date] of document.matchAll(/\d{4}-\d{2}(?:-\d{2})?(?![\dT-])/g))
        expect(held, `claim ${claim.id}: ${date}`).toContain(date);
    }
  });

  it("gives each claim's citation files its source's date at the source's precision: CSL date-parts, biblatex date, BibTeX month, RIS", async () => {
    const claims = await db.claim.findMany({ where: { state: "PUBLISHED" }, select: { id: true } });
    let partial = 0;
    for (const { id } of claims) {
      const citable = (await findCitableClaim(db, id))!;
      const source = citedCitationOf(citable)?.source;
      if (!source?.issued) continue;
      const precision = source.issuedPrecision ?? "DAY";
      if (precision !== "DAY") partial += 1;
      const item = claimCslItem(citable, ORIGIN)!;
      const iso = known(source.issued, precision);
      expect(item.issued?.["date-parts"]?.[0], `claim ${id}`).toHaveLength(PARTS[precision]);
      expect(exportCitation(item, "biblatex"), `claim ${id}`).toContain(`date = {${iso}}`);
      expect(/^\s*month\s*=/m.test(exportCitation(item, "bibtex")), `claim ${id}`).toBe(precision !== "YEAR");
      const ris = exportCitation(item, "ris");
      expect(ris, `claim ${id}`).toContain(`PY  - ${iso.slice(0, 4)}`);
      const da = /^DA {2}- (.*)$/m.exec(ris)?.[1];
      if (da) expect(da.split("/").filter(Boolean), `claim ${id}: DA ${da}`).toHaveLength(PARTS[precision]);
    }
    expect(partial).toBeGreaterThan(0);
  });
});
