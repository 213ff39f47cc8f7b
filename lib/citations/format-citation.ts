import { readFileSync } from "node:fs";
import path from "node:path";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import { writeBibEntry } from "./bibtex";
import type { CslItem } from "./csl";
import { writeRis } from "./ris";

// Formatted citations (citation-js with citeproc) and citation files, all from one CSL-JSON item.

export const BIBLIOGRAPHY_STYLES = [
  { id: "apa", label: "APA" },
  { id: "chicago-author-date", label: "Chicago (author-date)" },
  { id: "modern-language-association", label: "MLA" },
] as const;

export type BibliographyStyle = (typeof BIBLIOGRAPHY_STYLES)[number]["id"];

// plugin-csl bundles APA; Chicago and MLA are the official styles, vendored (see styles/README.md).
// Read from the project folder rather than imported, so that the XML is used byte for byte.
const VENDORED_STYLES = ["chicago-author-date", "modern-language-association"] as const;

function registerVendoredStyles(): void {
  const { styles } = plugins.config.get("@csl");
  for (const name of VENDORED_STYLES) {
    if (!styles.has(name)) styles.add(name, readFileSync(path.join(process.cwd(), "lib", "citations", "styles", `${name}.csl`), "utf8"));
  }
}

export interface FormattedCitation {
  style: BibliographyStyle;
  label: string;
  /** citeproc's HTML for the entry (italics and all); data values are escaped by citeproc. */
  html: string;
  text: string;
}

/**
 * citeproc-js leaves out the comma before an organisation ({ literal }) that follows an
 * inverted name ("Huang, J. & Reuters."), where APA, Chicago and MLA want "Huang, J., &
 * Reuters.". Given as a family name that is never parsed, the organisation gets its comma and
 * keeps its name whole ("Banco de España" is not split at "de"). The files keep `literal`.
 */
function organisationsAsFamilies(item: CslItem): object {
  if (!item.author) return item;
  return { ...item, author: item.author.map((name) => ("literal" in name ? { family: name.literal, "parse-names": false } : name)) };
}

/** The bibliography entry for `item` in one style, as HTML and as plain text. */
export function formatBibliography(item: CslItem, style: BibliographyStyle): FormattedCitation {
  registerVendoredStyles();
  const cite = new Cite([organisationsAsFamilies(item)]);
  const options = { template: style, lang: "en-US" };
  const html = cite.format("bibliography", { ...options, format: "html" });
  // citeproc wraps the entry in csl-bib-body / csl-entry divs; the page supplies its own markup.
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*<\/div>\s*$/.exec(html)?.[1] ?? html;
  return {
    style,
    label: BIBLIOGRAPHY_STYLES.find((entry) => entry.id === style)!.label,
    html: entry.trim(),
    text: cite.format("bibliography", { ...options, format: "text" }).trim(),
  };
}

export const EXPORT_FORMATS = {
  bibtex: { contentType: "application/x-bibtex; charset=utf-8", extension: "bib" },
  biblatex: { contentType: "application/x-bibtex; charset=utf-8", extension: "bib" },
  ris: { contentType: "application/x-research-info-systems; charset=utf-8", extension: "ris" },
  "csl-json": { contentType: "application/vnd.citationstyles.csl+json; charset=utf-8", extension: "json" },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The citation file for `item` in one format. */
export function exportCitation(item: CslItem, format: ExportFormat): string {
  if (format === "bibtex" || format === "biblatex") return writeBibEntry(item, format);
  if (format === "ris") return writeRis(item);
  return `${JSON.stringify([item], null, 2)}\n`;
}
