import { describe, expect, it } from "vitest";
import type { SearchQuery, SearchResult } from "../search/contract";
import { emptyFacets } from "../search/hits";
import { findEntityFacets } from "./entity-facets";

function fakeSearch(totals: Record<string, number>) {
  const queries: SearchQuery[] = [];
  const search = async (query: SearchQuery): Promise<SearchResult> => {
    queries.push(query);
    const [field, values] = Object.entries(query.filters)[0]!;
    const total = totals[`${field}:${values?.[0]}`] ?? 0;
    const facets = emptyFacets();
    facets.status = total ? [{ value: "SOURCED_UNVERIFIED", label: "Sourced, not checked against the primary", count: total }] : [];
    return { total, totalIsEstimate: false, page: 1, perPage: 1, hits: [], facets, facetsAreEstimates: false };
  };
  return { search, queries };
}

describe("findEntityFacets", () => {
  it("scopes a person to the claims they made", async () => {
    const { search, queries } = fakeSearch({ "speaker:jensen-huang": 4 });
    const result = await findEntityFacets({ slug: "jensen-huang", kind: "PERSON" }, search);
    expect(result?.scope).toBe("speaker");
    expect(result?.total).toBe(4);
    expect(result?.facets.status[0]?.count).toBe(4);
    expect(Object.keys(result!.facets)).toEqual(["status", "sourceType", "publisher", "tag", "lang"]);
    expect(queries).toEqual([{ q: "", filters: { speaker: ["jensen-huang"] }, sort: "newest", page: 1, perPage: 1 }]);
  });

  it("scopes an organisation with the org filter, which takes in its people", async () => {
    const { search } = fakeSearch({ "org:nvidia": 3, "entity:nvidia": 1 });
    expect((await findEntityFacets({ slug: "nvidia", kind: "ORGANIZATION" }, search))?.scope).toBe("org");
  });

  it("falls back to claims about the entity when it made none", async () => {
    const { search, queries } = fakeSearch({ "entity:selina-xu": 1 });
    expect((await findEntityFacets({ slug: "selina-xu", kind: "PERSON" }, search))?.scope).toBe("entity");
    expect(queries.map((query) => Object.keys(query.filters)[0])).toEqual(["speaker", "entity"]);
  });

  it("answers null when nothing in the index concerns the entity", async () => {
    const { search } = fakeSearch({});
    expect(await findEntityFacets({ slug: "reuters", kind: "ORGANIZATION" }, search)).toBeNull();
  });
});
