import { describe, expect, it } from "vitest";
import { safeNextPath, signInPath } from "./paths";

describe("where sign-in leads", () => {
  it("keeps paths on this site", () => {
    expect(safeNextPath("/admin")).toBe("/admin");
    expect(safeNextPath("/entities/nvidia?tab=claims")).toBe("/entities/nvidia?tab=claims");
  });

  it("refuses anything that could leave it", () => {
    for (const value of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "javascript:alert(1)",
      "",
      undefined,
      ["/admin"],
    ]) {
      expect(safeNextPath(value)).toBe("/account");
    }
  });

  it("builds the sign-in address with where to return", () => {
    expect(signInPath("/admin")).toBe("/sign-in?next=%2Fadmin");
    expect(signInPath()).toBe("/sign-in");
  });
});
