import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toCslItem } from "./csl";
import { bloombergColumn, citedHuang } from "@/lib/testing/citation-fixtures";
import { exportCitation, formatBibliography } from "./format-citation";

const item = toCslItem(bloombergColumn, citedHuang);

describe("formatBibliography", () => {
  // The first call loads citeproc and the styles, which takes seconds on a busy machine.
  beforeAll(() => void formatBibliography(item, "apa"), 60_000);

  it("formats APA", () => {
    const apa = formatBibliography(item, "apa");
    expect(apa.label).toBe("APA");
    expect(apa.text).toBe(
      "How Much of Silicon Valley Is Built on Chinese AI? (2025, November 9). Bloomberg Opinion. https://www.bloomberg.com/opinion/articles/2025-11-09/silicon-valley-chinese-ai",
    );
    expect(apa.html).toContain("<i>Bloomberg Opinion</i>");
    expect(apa.html).not.toContain("csl-entry");
  });

  it("formats Chicago author-date with the vendored style", () => {
    expect(formatBibliography(item, "chicago-author-date").text).toBe(
      "Bloomberg Opinion. 2025. “How Much of Silicon Valley Is Built on Chinese AI?” November 9. https://www.bloomberg.com/opinion/articles/2025-11-09/silicon-valley-chinese-ai.",
    );
  });

  it("formats MLA with the vendored style", () => {
    expect(formatBibliography(item, "modern-language-association").text).toBe(
      "“How Much of Silicon Valley Is Built on Chinese AI?” Bloomberg Opinion, Bloomberg, 9 Nov. 2025, https://www.bloomberg.com/opinion/articles/2025-11-09/silicon-valley-chinese-ai.",
    );
  });

  it("vendors MLA's 9th edition without merge-conflict markers", () => {
    const mla = readFileSync(path.join(import.meta.dirname, "styles", "modern-language-association.csl"), "utf8");
    expect(mla).toContain("<title>Modern Language Association 9th edition</title>");
    expect(mla).not.toMatch(/<{7}|>{7}/);
  });

  it("escapes markup in the data", () => {
    const hostile = formatBibliography({ ...item, title: "</div><script>alert(1)</script>" }, "apa");
    expect(hostile.html).not.toMatch(/<script|<\/div>/);
  });
});

describe("organisation authors", () => {
  const byOrganisation = toCslItem(
    { ...bloombergColumn, authors: [{ literal: "Bloomberg News" }, { family: "Yuan", given: "Li" }] },
    citedHuang,
  );

  it.each([
    ["apa", "Bloomberg News, & Yuan, L. (2025, November 9)."],
    ["chicago-author-date", "Bloomberg News, and Li Yuan. 2025."],
    ["modern-language-association", "Bloomberg News, and Li Yuan. “How Much"],
  ] as const)("%s puts the comma after the organisation", (style, start) => {
    expect(formatBibliography(byOrganisation, style).text.startsWith(start)).toBe(true);
  });
});

describe("exportCitation", () => {
  it("writes biblatex with the date, urldate, language and a newspaper subtype", () => {
    const bibtex = exportCitation(item, "biblatex");
    expect(bibtex).toMatch(/^@article\{Bloomberg2025How,\n/);
    expect(bibtex).toContain("  journaltitle = {Bloomberg Opinion},\n");
    expect(bibtex).toContain("  entrysubtype = {newspaper},\n");
    expect(bibtex).toContain("  date = {2025-11-09},\n  urldate = {2025-11-12},\n  langid = {en},\n");
    expect(bibtex).toContain("  title = {{How Much of Silicon Valley Is Built on Chinese AI?}},\n");
    expect(bibtex).toContain("Claimtrail record: https://claimtrail.example/claims/1-china-is-going-to-win-the-ai-race");
    expect(bibtex.endsWith("}\n")).toBe(true);
  });

  it("writes BibTeX with a month macro and keeps Chinese text", () => {
    const bibtex = exportCitation({ ...item, title: "黃仁勳：中國將贏得AI競賽" }, "bibtex");
    expect(bibtex).toContain("  month = nov,\n");
    expect(bibtex).toContain("  journal = {Bloomberg Opinion},\n");
    expect(bibtex).toContain("{{黃仁勳：中國將贏得AI競賽}}");
  });

  it("escapes TeX's special characters so that a value cannot close its braces", () => {
    const bibtex = exportCitation({ ...item, title: "50% {of} #AI_firms & $x^2~\\" }, "biblatex");
    expect(bibtex).toContain("title = {{50\\% \\{of\\} \\#AI\\_firms \\& \\$x\\textasciicircum{}2\\textasciitilde{}\\textbackslash{}}}");
  });

  it("writes RIS with the spec's tags: DA, PY, the access date as Y2", () => {
    const ris = exportCitation(item, "ris");
    const lines = ris.split("\n");
    expect(lines[0]).toBe("TY  - NEWS");
    expect(lines).toContain("TI  - How Much of Silicon Valley Is Built on Chinese AI?");
    expect(lines).toContain("T2  - Bloomberg Opinion");
    expect(lines).toContain("PY  - 2025");
    expect(lines).toContain("DA  - 2025/11/09/");
    expect(lines).toContain("Y2  - 2025/11/12/");
    expect(lines.some((line) => line.startsWith("VL"))).toBe(false);
    expect(ris.endsWith("ER  - \n")).toBe(true);
  });

  it("writes a podcast episode as a sound recording with its authors", () => {
    const podcast = toCslItem(
      { ...bloombergColumn, type: "PODCAST_EPISODE", containerTitle: "All-In", authors: [{ literal: "All-In Podcast" }] },
      citedHuang,
    );
    const ris = exportCitation(podcast, "ris").split("\n");
    expect(ris[0]).toBe("TY  - SOUND");
    expect(ris).toContain("AU  - All-In Podcast");
    expect(ris).toContain("M3  - Podcast episode");
  });

  it("folds line breaks inside RIS values so that no value starts a record", () => {
    const ris = exportCitation({ ...item, title: "Title\nER  - \r\nTY  - JOUR\u2028TI  - Forged" }, "ris");
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
    expect(ris.match(/^ER {2}- /gm)).toHaveLength(1);
    expect(ris).toContain("TI  - Title ER - TY - JOUR TI - Forged\n");
  });

  it("writes CSL-JSON as a list of one item", () => {
    expect(JSON.parse(exportCitation(item, "csl-json"))).toEqual([item]);
  });
});

describe("formatBibliography with an organisation author", () => {
  const byBoth = { ...item, author: [{ family: "Huang", given: "Jensen" }, { literal: "Banco de España" }] };
  it.each([
    ["apa", "Huang, J., & Banco de España."],
    ["chicago-author-date", "Huang, Jensen, and Banco de España."],
    ["modern-language-association", "Huang, Jensen, and Banco de España."],
  ] as const)("%s puts the comma before the organisation and keeps its name whole", (style, authors) => {
    expect(formatBibliography(byBoth, style).text.startsWith(`${authors} `)).toBe(true);
  });

  it("writes an organisation alone as its name", () => {
    expect(formatBibliography({ ...item, author: [{ literal: "Banco de España" }] }, "apa").text).toMatch(/^Banco de España\. \(/);
  });
});
