import { kindOfWork, type CslDate, type CslItem, type CslName } from "./csl";

// RIS written from the CSL-JSON item. citation-js files a podcast episode as MPCT (a motion
// picture), drops authors for some types, writes the access date as a volume and splits an
// organisation into family and given names; this writer follows the RIS specification's tags.

/** RIS reference types for the CSL types Claimtrail produces (see cslType). */
const RIS_TYPES: Record<string, string> = {
  "article-newspaper": "NEWS",
  "article-journal": "JOUR",
  broadcast: "SOUND",
  interview: "GEN",
  "post-weblog": "BLOG",
  post: "ICOMM",
  speech: "GEN",
  dataset: "DATA",
  motion_picture: "VIDEO",
  report: "RPRT",
};

/** One line per value: any line break (CR, LF, U+2028, …) inside it is folded into a space. */
function foldRisValue(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

function risName(name: CslName): string {
  // RIS names are "Family, Given"; an organisation is written whole, with no comma to split on.
  if ("literal" in name) return name.literal;
  return name.given ? `${name.family}, ${name.given}` : name.family;
}

/** RIS dates are "YYYY/MM/DD/" with unknown parts left empty. */
function risDate(date: CslDate): string {
  const [year, month, day] = date["date-parts"][0];
  const two = (part: number | undefined) => (part ? String(part).padStart(2, "0") : "");
  return `${String(year).padStart(4, "0")}/${two(month)}/${two(day)}/`;
}

/** The RIS record for `item`, ending with "ER  - " and a line break. */
export function writeRis(item: CslItem): string {
  const lines: string[] = [];
  const add = (tag: string, value: string | undefined) => {
    const folded = value === undefined ? "" : foldRisValue(value);
    if (folded) lines.push(`${tag}  - ${folded}`);
  };
  add("TY", RIS_TYPES[item.type] ?? "GEN");
  for (const name of item.author ?? []) add("AU", risName(name));
  add("TI", item.title);
  add("T2", item["container-title"]);
  if (item.issued) {
    add("PY", String(item.issued["date-parts"][0][0]).padStart(4, "0"));
    add("DA", risDate(item.issued));
  }
  if (item.accessed) add("Y2", risDate(item.accessed));
  add("PB", item.publisher);
  add("M3", kindOfWork(item));
  add("LA", item.language);
  add("DO", item.DOI);
  add("UR", item.URL);
  add("DP", item.archive);
  add("AV", item.archive_location);
  add("N1", item.note);
  lines.push("ER  - ");
  return `${lines.join("\n")}\n`;
}
