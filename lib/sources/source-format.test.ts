import { describe, expect, it } from "vitest";
import { cslNames, formatCslName } from "./authors";
import { descriptiveTitle, relationPhrase, relationPhrases } from "./labels";

describe("relation phrases", () => {
  it("reads each kind from either side", () => {
    expect(relationPhrase("REPUBLISHES", "relays")).toBe("republishes");
    expect(relationPhrase("REPUBLISHES", "relayedBy")).toBe("is republished by");
    expect(relationPhrase("DERIVED_FROM", "relays")).toBe("is derived from");
  });
  it("joins several kinds between the same two sources", () => {
    expect(relationPhrases(["TRANSLATES", "DERIVED_FROM"], "relays")).toBe("translates and is derived from");
    expect(relationPhrases(["REPUBLISHES", "TRANSLATES", "QUOTES"], "relayedBy")).toBe(
      "is republished by, is translated by and is quoted by",
    );
  });
});

describe("CSL names", () => {
  it("keeps well-formed names and formats them in reading order", () => {
    const names = cslNames([{ family: "Dorsey", given: "Jack" }, { literal: "Bloomberg Opinion" }, { given: "Nobody" }, "text"]);
    expect(names.map(formatCslName)).toEqual(["Jack Dorsey", "Bloomberg Opinion"]);
    expect(cslNames(null)).toEqual([]);
  });
});

describe("descriptiveTitle", () => {
  it("unwraps bracketed descriptions and leaves real titles alone", () => {
    expect(descriptiveTitle("[Bloomberg interview with Brian Chesky]")).toBe("Bloomberg interview with Brian Chesky");
    expect(descriptiveTitle("How Much of Silicon Valley Is Built on Chinese AI?")).toBeNull();
  });
});
