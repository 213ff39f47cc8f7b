import { kindOfWork, type CslDate, type CslItem, type CslName } from "./csl";

// BibTeX and biblatex entries written from the CSL-JSON item. citation-js's writer escapes
// every non-ASCII character away and files most of our types as bare @misc, so the entry is
// written here: UTF-8 kept as it is (biber, pandoc and BibTeX 0.99d+ with inputenc read it),
// the nearest entry type per source type with its outlet kept, and the locator, the archived
// copy and the Claimtrail record in `note`.

export type BibDialect = "biblatex" | "bibtex";

/** Entry types for the CSL types Claimtrail produces (see cslType), per dialect. */
const ENTRY_TYPES: Record<string, { biblatex: string; bibtex: string }> = {
  "article-newspaper": { biblatex: "article", bibtex: "article" },
  "article-journal": { biblatex: "article", bibtex: "article" },
  broadcast: { biblatex: "audio", bibtex: "misc" },
  interview: { biblatex: "misc", bibtex: "misc" },
  "post-weblog": { biblatex: "online", bibtex: "misc" },
  post: { biblatex: "online", bibtex: "misc" },
  speech: { biblatex: "misc", bibtex: "misc" },
  dataset: { biblatex: "dataset", bibtex: "misc" },
  motion_picture: { biblatex: "video", bibtex: "misc" },
  report: { biblatex: "report", bibtex: "techreport" },
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Escapes TeX's special characters; every line break becomes a space. */
function escapeBibValue(value: string): string {
  return value
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\{}]/g, (char) => ({ "\\": "\\textbackslash{}", "{": "\\{", "}": "\\}" })[char]!)
    .replace(/[%&$#_]/g, "\\$&")
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}");
}

function bibName(name: CslName): string {
  // An organisation is one brace group, so that no reader takes its last word for a surname.
  if ("literal" in name) return `{${escapeBibValue(name.literal)}}`;
  return name.given ? `${escapeBibValue(name.family)}, ${escapeBibValue(name.given)}` : escapeBibValue(name.family);
}

function isoDate(date: CslDate): string {
  return date["date-parts"][0]
    .map((part, index) => (index === 0 ? String(part).padStart(4, "0") : String(part).padStart(2, "0")))
    .join("-");
}

/** The entry's fields in order, unescaped values unless `raw`. */
function entryFields(item: CslItem, dialect: BibDialect): [string, string, "raw"?][] {
  const fields: [string, string, "raw"?][] = [];
  const add = (name: string, value: string | undefined, raw?: "raw") => {
    if (value) fields.push([name, value, raw]);
  };
  const isArticle = item.type.startsWith("article");
  const outlet = item["container-title"];
  if (item.author?.length) add("author", item.author.map(bibName).join(" and "), "raw");
  // Titles are kept as published: the braces stop styles from changing their case.
  add("title", `{${escapeBibValue(item.title)}}`, "raw");
  if (dialect === "biblatex") {
    add("journaltitle", outlet);
    if (item.type === "article-newspaper") add("entrysubtype", "newspaper");
    if (item.issued) add("date", isoDate(item.issued));
    if (item.accessed) add("urldate", isoDate(item.accessed));
    add("langid", item.language);
  } else {
    add(isArticle ? "journal" : "howpublished", outlet);
    const [year, month] = item.issued?.["date-parts"][0] ?? [];
    if (year) add("year", String(year));
    if (month) add("month", MONTHS[month - 1], "raw");
    if (item.accessed) add("urldate", isoDate(item.accessed));
    add("language", item.language);
  }
  add(item.type === "report" ? "institution" : "publisher", item.publisher);
  add("type", kindOfWork(item));
  add("doi", item.DOI);
  add("url", item.URL, "raw");
  add("note", item.note);
  return fields;
}

/** The entry for `item` in BibTeX or biblatex, ending with a line break. */
export function writeBibEntry(item: CslItem, dialect: BibDialect): string {
  const entryType = ENTRY_TYPES[item.type]?.[dialect] ?? "misc";
  const lines = entryFields(item, dialect).map(([name, value, raw]) => {
    if (name === "month") return `  month = ${value}`;
    // A URL is written verbatim: only braces and line breaks could break out of the value.
    const text = raw ? value.replace(/\s+/g, name === "url" ? "" : " ") : escapeBibValue(value);
    return `  ${name} = {${name === "url" ? text.replace(/[{}]/g, encodeURIComponent) : text}}`;
  });
  return `@${entryType}{${item["citation-key"]},\n${lines.join(",\n")}\n}\n`;
}
