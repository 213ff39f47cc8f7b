import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apiClientTypes, API_CLIENT_TYPES_PATH } from "./generate";

describe("the API client's generated types", () => {
  it("are those of the current OpenAPI document (run npm run api:client after changing the API)", async () => {
    expect(readFileSync(API_CLIENT_TYPES_PATH, "utf8")).toBe(await apiClientTypes());
  }, 60_000);
});
