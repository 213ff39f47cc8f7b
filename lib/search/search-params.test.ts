import { describe, expect, it } from "vitest";
import { parseSearchParams } from "./search-params";

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe("parseSearchParams", () => {
  it("applies defaults", () => {
    expect(parse("")).toEqual({
      ok: true,
      query: { q: "", filters: {}, from: undefined, to: undefined, sort: "relevance", page: 1, perPage: 20 },
      suggest: 0,
    });
  });

  it("reads repeated filter values as OR lists", () => {
    const result = parse("q=qwen&speaker=jensen-huang&speaker=brian-chesky&status=DISPUTED&lang=zh-Hant&page=2&perPage=5&sort=newest");
    expect(result).toEqual({
      ok: true,
      query: {
        q: "qwen",
        filters: { speaker: ["jensen-huang", "brian-chesky"], status: ["DISPUTED"], lang: ["zh-Hant"] },
        from: undefined,
        to: undefined,
        sort: "newest",
        page: 2,
        perPage: 5,
      },
      suggest: 0,
    });
  });

  it.each([
    ["sort=best", "sort"],
    ["perPage=0", "perPage"],
    ["perPage=101", "perPage"],
    ["suggest=11", "suggest"],
    ["page=0", "page"],
    ["page=abc", "page"],
    ["from=2025-13-01", "from"],
    ["to=2025-02-30", "to"],
    ["from=2025-11-10&to=2025-11-01", "to"],
    [`q=${"x".repeat(513)}`, "q"],
    ["colour=red", "colour"],
    ["status=TRUE", "status"],
    ["speaker=Jensen Huang", "speaker"],
    ["q=a&q=b", "q"],
  ])("rejects %s naming the field", (query, field) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fields)).toContain(field);
  });
});
