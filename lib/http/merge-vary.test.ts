import { describe, expect, it } from "vitest";
import { mergeVary } from "./merge-vary";

describe("mergeVary", () => {
  it("keeps the fields already there and adds the new ones once", () => {
    expect(mergeVary(["Accept", "Cookie, Authorization"], "rsc, next-router-state-tree, accept")).toBe(
      "Accept, Cookie, Authorization, rsc, next-router-state-tree",
    );
    expect(mergeVary(undefined, "rsc")).toBe("rsc");
  });
});
