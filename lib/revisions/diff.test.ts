import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./diff";

describe("diffSnapshots", () => {
  it("lists changed fields, ignoring bookkeeping", () => {
    const before = { id: 1, version: 1, updatedAt: "a", title: "A", lang: "en", doi: null };
    const after = { id: 1, version: 2, updatedAt: "b", title: "B", lang: "en", doi: "10.1000/x" };
    expect(diffSnapshots(before, after)).toEqual([
      { field: "title", before: "A", after: "B" },
      { field: "doi", before: null, after: "10.1000/x" },
    ]);
  });

  it("compares parts by content, not by row id", () => {
    const before = { statements: [{ id: 1, claimId: 5, lang: "en", text: "x" }], entities: [{ claimId: 5, entityId: 3 }] };
    const same = { statements: [{ id: 9, claimId: 5, lang: "en", text: "x" }], entities: [{ claimId: 5, entityId: 3 }] };
    expect(diffSnapshots(before, same)).toEqual([]);
    const changed = { statements: [{ id: 9, claimId: 5, lang: "en", text: "y" }], entities: [{ claimId: 5, entityId: 4 }] };
    expect(diffSnapshots(before, changed).map((change) => change.field)).toEqual(["statements", "entities"]);
    expect(diffSnapshots(before, changed)[1]).toEqual({ field: "entities", before: [{ entityId: 3 }], after: [{ entityId: 4 }] });
  });

  it("shows every field of a first revision as added", () => {
    expect(diffSnapshots(null, { id: 1, title: "A" })).toEqual([{ field: "title", before: null, after: "A" }]);
  });
});

describe("diffSnapshots and jsonb", () => {
  it("ignores the order of keys, which jsonb does not keep", () => {
    const before = { translations: [{ lang: "en", text: "x", isOfficial: false }] };
    const after = { translations: [{ isOfficial: false, text: "x", lang: "en" }] };
    expect(diffSnapshots(before, after)).toEqual([]);
  });
});
