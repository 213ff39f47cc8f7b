import { describe, expect, it } from "vitest";
import { readImportFile } from "./read-import-file";

describe("readImportFile", () => {
  it("gives each JSON element the line it starts on", () => {
    const text = '[\n  { "a": "x,\\"]" },\n\n  {\n    "b": [1, {"c": 2}]\n  },\n  3\n]\n';
    expect(readImportFile(text, "json").rows.map((row) => row.line)).toEqual([2, 4, 7]);
  });

  it("reports invalid JSON and a JSON that is not an array", () => {
    expect(readImportFile('[\n{"a": 1},\n{"a": }\n]', "json").problems[0]!.reason).toMatch(/^not valid JSON/);
    expect(readImportFile('{"a": 1}', "json").problems[0]!.reason).toMatch(/array/);
  });

  it("gives each CSV record the line it starts on, across quoted line breaks", () => {
    const text = 'speaker,quote,lang\njensen-huang,"first\nline",en\n\nbrian-chesky,second,en\n';
    const { rows, problems } = readImportFile(text, "csv");
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.line)).toEqual([2, 5]);
    expect(rows[0]!.input).toMatchObject({ speaker: { slug: "jensen-huang" }, quote: { text: "first\nline", lang: "en" } });
  });

  it("refuses unknown CSV columns", () => {
    expect(readImportFile("speaker,quote,colour\na,b,c\n", "csv").problems).toEqual([
      { line: 1, reason: expect.stringContaining("colour") },
    ]);
  });
});
