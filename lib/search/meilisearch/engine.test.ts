import { describe, expect, it } from "vitest";
import { MeilisearchEngine } from "./engine";

// The engine's behaviour is tested against a real server (meilisearch*.int.test.ts); what
// needs no server is here.
describe("the keys", () => {
  it("are not readable from the engine", () => {
    const engine = new MeilisearchEngine({
      url: "http://127.0.0.1:7700",
      apiKey: "admin-key-for-tests",
      searchKey: "search-key-for-tests",
      indexUid: "claims",
    });
    for (const key of ["admin-key-for-tests", "search-key-for-tests"]) {
      expect(JSON.stringify(engine)).not.toContain(key);
      expect(Object.values(engine).some((value) => JSON.stringify(value ?? null).includes(key))).toBe(false);
    }
    expect(engine.name).toBe("meilisearch");
  });
});
