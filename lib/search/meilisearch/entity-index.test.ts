import { describe, expect, it } from "vitest";
import type { EntityDocument } from "../contract";
import { normalizeText } from "../text";
import { buildIndexSettings } from "./settings";
import { buildEntityIndexSettings, buildEntityQueries, entityIndexUid, kindCountsOf, toMeiliEntityDocument } from "./entity-index";

const murati: EntityDocument = {
  id: "e7",
  entityId: 7,
  slug: "mira-murati",
  kind: "PERSON",
  name: "Mira Murati",
  names: [
    { lang: "en", value: "Mira Murati" },
    { lang: "zh-Hant", value: "米拉．穆拉蒂" },
    { lang: "zh-Hans", value: "米拉·穆拉蒂" },
  ],
  related: ["Thinking Machines Lab", "思維機器實驗室"],
  description: "Founder of Thinking Machines Lab",
  claimCount: 0,
};

describe("the Meilisearch entity index", () => {
  it("sits beside the claims index", () => {
    expect(entityIndexUid("claims")).toBe("claims_entities");
  });

  it("stores the normalised names above the related names, the document as given", () => {
    const document = toMeiliEntityDocument(murati);
    // Traditional and Simplified fold to one form, stored once.
    expect(document.names_norm).toEqual(["mira murati", normalizeText("米拉·穆拉蒂")]);
    expect(document.related_norm).toEqual(["thinking machines lab", normalizeText("思维机器实验室")]);
    expect(document).toMatchObject({ id: "e7", doc: murati, kind: "PERSON", sortName: "mira murati", claimCount: 0 });
  });

  it("tokenises and allows typos as the claims index does, ranking by the entity rules", () => {
    const settings = buildEntityIndexSettings();
    const claims = buildIndexSettings();
    for (const key of ["typoTolerance", "nonSeparatorTokens", "localizedAttributes", "stopWords", "synonyms"] as const)
      expect(settings[key]).toEqual(claims[key]);
    expect(settings.searchableAttributes).toEqual(["names_norm", "related_norm"]);
    expect(settings.rankingRules).toEqual([
      "sort",
      "words",
      "typo",
      "proximity",
      "attributeRank",
      "exactness",
      "claimCount:desc",
      "sortName:asc",
      "id:asc",
    ]);
  });

  it("asks for every word, the kind filter on the page only, and the kinds counted in the same call", () => {
    const [page, kinds] = buildEntityQueries("claims_entities", { q: "Murat", kinds: ["PERSON"], page: 2, perPage: 5 });
    expect(page).toMatchObject({
      indexUid: "claims_entities",
      q: "murat",
      matchingStrategy: "all",
      filter: [['kind = "PERSON"']],
      page: 2,
      hitsPerPage: 5,
    });
    expect(page!.sort).toBeUndefined();
    expect(kinds).toMatchObject({ q: "murat", facets: ["kind"], hitsPerPage: 0 });
    expect(kinds!.filter).toBeUndefined();
    const [list] = buildEntityQueries("claims_entities", { q: "", kinds: [], page: 1, perPage: 50 });
    expect(list!.sort).toEqual(["sortName:asc", "id:asc"]);
  });

  it("reads the kind counts, zero for a kind not found", () => {
    expect(kindCountsOf({ kind: { PERSON: 3 } })).toEqual({ PERSON: 3, ORGANIZATION: 0, PRODUCT: 0 });
    expect(kindCountsOf(undefined)).toEqual({ PERSON: 0, ORGANIZATION: 0, PRODUCT: 0 });
  });
});
