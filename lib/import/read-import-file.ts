import { parse } from "csv-parse/sync";
import { csvRowToInput, CSV_COLUMNS } from "./csv-row";

// An import file as rows, each with the line it starts on, so that every problem can be
// reported where the person who wrote the file will look for it.

export interface ImportRow {
  line: number;
  input: unknown;
}

export interface ImportProblem {
  line: number;
  reason: string;
}

export interface ImportFile {
  rows: ImportRow[];
  /** Problems with the file as a whole (it is not JSON, a column is unknown): nothing is imported. */
  problems: ImportProblem[];
}

export type ImportFormat = "json" | "csv";

export function importFormatOf(path: string): ImportFormat | null {
  if (/\.json$/i.test(path)) return "json";
  if (/\.csv$/i.test(path)) return "csv";
  return null;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/** The offset at which each element of a top-level JSON array starts (the text is valid JSON). */
function elementOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
      continue;
    }
    if (/\s/.test(char)) continue;
    if (depth === 1 && expectValue) {
      offsets.push(index);
      expectValue = false;
    }
    if (char === '"') inString = true;
    else if (char === "[" || char === "{") {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (char === "]" || char === "}") depth--;
    else if (char === "," && depth === 1) expectValue = true;
  }
  return offsets;
}

function readJson(text: string): ImportFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    return {
      rows: [],
      problems: [{ line: position ? lineAt(text, Number(position)) : 1, reason: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  if (!Array.isArray(data))
    return {
      rows: [],
      problems: [{ line: 1, reason: "a JSON import is an array of quotes, each shaped like the body of POST /api/quotes" }],
    };
  const offsets = elementOffsets(text);
  return { rows: data.map((input, index) => ({ line: lineAt(text, offsets[index] ?? 0), input })), problems: [] };
}

function readCsv(text: string): ImportFile {
  let records: { record: Record<string, string>; info: { lines: number; raw?: string } }[];
  try {
    records = parse(text, { columns: true, info: true, raw: true, bom: true, skip_empty_lines: true, trim: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], problems: [{ line, reason: `not valid CSV: ${(error as Error).message}` }] };
  }
  const header = Object.keys(records[0]?.record ?? {});
  const unknown = header.filter((column) => !(CSV_COLUMNS as readonly string[]).includes(column));
  if (unknown.length)
    return { rows: [], problems: [{ line: 1, reason: `unknown column(s): ${unknown.join(", ")} (see README, "Import file format")` }] };
  return {
    // `lines` is where a record ends; a quoted field may span lines, so count back over them
    // (the raw text also carries the blank lines skipped before the record, which do not count).
    rows: records.map(({ record, info }) => {
      const raw = (info.raw ?? "").replace(/^(\r?\n)+/, "").replace(/\r?\n$/, "");
      return { line: info.lines - (raw.split("\n").length - 1), input: csvRowToInput(record) };
    }),
    problems: [],
  };
}

export function readImportFile(text: string, format: ImportFormat): ImportFile {
  return format === "json" ? readJson(text) : readCsv(text);
}
