import { describe, expect, it } from "vitest";
import { parseEntitySearchParams } from "./entity-search-params";

describe("parseEntitySearchParams", () => {
  it("reads the query, kinds, page and page size, with defaults", () => {
    expect(parseEntitySearchParams(new URLSearchParams("q=Murat&kind=PERSON&kind=PRODUCT&kind=PERSON&page=2&perPage=5"))).toEqual({
      ok: true,
      query: { q: "Murat", kinds: ["PERSON", "PRODUCT"], page: 2, perPage: 5 },
    });
    expect(parseEntitySearchParams(new URLSearchParams(""))).toEqual({ ok: true, query: { q: "", kinds: [], page: 1, perPage: 50 } });
  });

  it("names every bad field", () => {
    expect(parseEntitySearchParams(new URLSearchParams("kind=ROBOT&perPage=500&page=0&q=a&q=b&sort=name"))).toEqual({
      ok: false,
      fields: {
        kind: "must be one of PERSON, ORGANIZATION, PRODUCT",
        perPage: "must be between 1 and 100",
        page: "must be between 1 and 10000",
        q: "must be given once",
        sort: "is not a parameter of the entity search",
      },
    });
  });
});
