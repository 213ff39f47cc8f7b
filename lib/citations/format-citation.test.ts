import { describe, expect, it } from "vitest";
import { toCslItem } from "./csl";
import { bloombergColumn, citedHuang } from "./test-fixtures";
import { exportCitation, formatBibliography, unwrapRis } from "./format-citation";

const item = toCslItem(bloombergColumn, citedHuang);

describe("formatBibliography", () => {
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

  it("escapes markup in the data", () => {
    const hostile = formatBibliography({ ...item, title: "</div><script>alert(1)</script>" }, "apa");
    expect(hostile.html).not.toMatch(/<script|<\/div>/);
  });
});

describe("exportCitation", () => {
  it("writes BibTeX with a readable key", () => {
    const bibtex = exportCitation(item, "bibtex");
    expect(bibtex).toMatch(/^@article\{Bloomberg2025How,\n/);
    expect(bibtex).toContain("\tjournal = {Bloomberg Opinion},\n");
    expect(bibtex).toContain("\tyear = {2025},\n");
    expect(bibtex).toContain("\ttitle = {How {Much} of {Silicon} {Valley} {Is} {Built} on {Chinese} {AI}?},\n");
    expect(bibtex).toContain("\turl = {https://www.bloomberg.com/opinion/articles/2025-11-09/silicon-valley-chinese-ai},\n");
    expect(bibtex).toContain("Claimtrail record: https://claimtrail.example/claims/1-china-is-going-to-win-the-ai-race");
    expect(bibtex.endsWith("}\n")).toBe(true);
  });

  it("writes RIS with one line per tag", () => {
    const ris = exportCitation(item, "ris");
    const lines = ris.split("\n");
    expect(lines[0]).toBe("TY  - NEWS");
    expect(lines).toContain("TI  - How Much of Silicon Valley Is Built on Chinese AI?");
    expect(lines).toContain("T2  - Bloomberg Opinion");
    expect(lines).toContain("PY  - 2025");
    expect(lines).toContain("UR  - https://www.bloomberg.com/opinion/articles/2025-11-09/silicon-valley-chinese-ai");
    expect(lines.filter((line) => line !== "").every((line) => /^[A-Z][A-Z0-9] {2}- ?/.test(line))).toBe(true);
    expect(ris.endsWith("ER  - \n")).toBe(true);
  });

  it("writes CSL-JSON as a list of one item", () => {
    expect(JSON.parse(exportCitation(item, "csl-json"))).toEqual([item]);
  });
});

describe("unwrapRis", () => {
  it("joins continuation lines and keeps tag lines apart", () => {
    expect(unwrapRis("TY  - NEWS\nTI  - How Much of Silicon Valley Is Built on Chi\nnese AI?\nER  - \n")).toBe(
      "TY  - NEWS\nTI  - How Much of Silicon Valley Is Built on Chinese AI?\nER  - \n",
    );
  });
});
