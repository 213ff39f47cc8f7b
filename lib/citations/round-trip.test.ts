import { execFileSync } from "node:child_process";
import { parse as parseRis } from "astrocite-ris";
import { describe, expect, it } from "vitest";
import { SourceType } from "../db/generated/enums";
import { toCslItem, type CitableSource, type CslItem } from "./csl";
import { exportCitation } from "./format-citation";
import { bloombergColumn, citedHuang } from "@/lib/testing/citation-fixtures";

// Every citation file read back by a reader Claimtrail does not write: pandoc (its BibTeX,
// biblatex and CSL-JSON readers, as reference managers and citeproc use them) and
// astrocite-ris. Each source type is exported and the fields compared with the CSL item.

/** What each reader makes of each source type's entry: [pandoc from biblatex, from BibTeX, astrocite from RIS]. */
const READ_BACK_TYPES: Record<SourceType, [string, string, string]> = {
  ARTICLE: ["article-newspaper", "article-journal", "article-newspaper"],
  PODCAST_EPISODE: ["song", "", "broadcast"],
  INTERVIEW: ["", "", "article"],
  BLOG_POST: ["webpage", "", "post-weblog"],
  SOCIAL_POST: ["webpage", "", "webpage"],
  EARNINGS_CALL: ["", "", "article"],
  DATASET: ["dataset", "", "dataset"],
  VIDEO: ["motion_picture", "", "broadcast"],
  REPORT: ["report", "report", "report"],
  PRESS_RELEASE: ["report", "report", "report"],
};

function sourceOf(type: SourceType): CitableSource {
  return {
    ...bloombergColumn,
    type,
    // Non-Latin text, TeX's special characters and a line break that must not start a new RIS record.
    title: `黃仁勳：中國將贏得AI競賽 — 100% {sure} & #1_${type}\nER  - \nTY  - JOUR`,
    authors: [{ literal: "Bloomberg News" }, { family: "Yuan", given: "Li" }],
    url: "https://example.org/a_b%20c?q=1&r=2#top",
    archiveUrl: "https://web.archive.org/web/20251113000000/https://example.org/a",
    archivedAt: new Date("2025-11-13T00:00:00Z"),
    lang: "zh-Hant",
  };
}

const locators = [
  { page: "12-14", paragraph: null, startSeconds: null, endSeconds: null },
  { page: null, paragraph: 3, startSeconds: null, endSeconds: null },
  { page: null, paragraph: null, startSeconds: 725, endSeconds: 820 },
];

function pandocRead(text: string, from: string): Record<string, unknown> {
  const items = JSON.parse(execFileSync("pandoc", ["--from", from, "--to", "csljson"], { input: text, encoding: "utf8" })) as Record<
    string,
    unknown
  >[];
  expect(items).toHaveLength(1);
  return items[0]!;
}

/** The fields every reader must give back as they were. */
function sharedFields(item: CslItem) {
  return {
    title: item.title,
    "container-title": item["container-title"],
    author: item.author,
    accessed: item.accessed,
    URL: item.URL,
    note: item.note,
  };
}

describe.each(Object.values(SourceType).map((type, index) => [type, locators[index % locators.length]] as const))("%s", (type, locator) => {
  const item = toCslItem(sourceOf(type), { ...citedHuang, locator });
  const [biblatexType, bibtexType, risType] = READ_BACK_TYPES[type];

  it("keeps its locator and archived copy in the CSL item", () => {
    expect(item.locator).toBeTruthy();
    expect(item.note).toContain(item.locator);
    expect(item.archive_location).toBe(sourceOf(type).archiveUrl);
  });

  it("reads back from biblatex through pandoc", () => {
    const read = pandocRead(exportCitation(item, "biblatex"), "biblatex");
    expect(read).toMatchObject({ ...sharedFields(item), type: biblatexType, issued: item.issued, language: "zh-hant" });
    if (item.publisher) expect(read.publisher).toBe(item.publisher);
  });

  it("reads back from BibTeX through pandoc, the date to the month", () => {
    const bibtex = exportCitation(item, "bibtex");
    const read = pandocRead(bibtex, "bibtex");
    // BibTeX's @misc keeps the outlet in `howpublished`, which pandoc does not read as a container.
    const { "container-title": outlet, ...fields } = sharedFields(item);
    expect(read).toMatchObject({ ...fields, type: bibtexType, issued: { "date-parts": [[2025, 11]] } });
    if (item.type.startsWith("article")) expect(read["container-title"]).toBe(outlet);
    else expect(bibtex).toContain(`howpublished = {${outlet}}`);
  });

  it("reads back from CSL-JSON through pandoc", () => {
    const read = pandocRead(exportCitation(item, "csl-json"), "csljson");
    expect(read).toMatchObject(item);
  });

  it("reads back from RIS through astrocite-ris as one record", () => {
    const records = parseRis(exportCitation(item, "ris"));
    expect(records).toHaveLength(1);
    const [read] = records;
    // astrocite splits every name on its last space; the RIS line itself keeps the organisation whole.
    expect(exportCitation(item, "ris")).toContain("\nAU  - Bloomberg News\n");
    expect(read.author).toEqual([
      { family: "News", given: "Bloomberg" },
      { family: "Yuan", given: "Li" },
    ]);
    expect(read).toMatchObject({
      type: risType,
      title: item.title,
      "container-title": item["container-title"],
      issued: { "date-parts": [["2025", "11", "09"]] },
      accessed: { "date-parts": [["2025", "11", "12"]] },
      URL: item.URL,
      language: item.language,
      archive_location: item.archive_location,
      note: item.note,
    });
    if (item.genre) expect(read.genre).toBe(item.genre);
    if (item.publisher) expect(read.publisher).toBe(item.publisher);
  });
});
