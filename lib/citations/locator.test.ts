import { describe, expect, it } from "vitest";
import { formatTimestamp, locatorParts } from "./locator";

const none = { page: null, paragraph: null, startSeconds: null, endSeconds: null };

describe("formatTimestamp", () => {
  it("writes minutes and seconds, and hours when there are any", () => {
    expect(formatTimestamp(0)).toBe("00:00");
    expect(formatTimestamp(187)).toBe("03:07");
    expect(formatTimestamp(3723)).toBe("1:02:03");
  });
});

describe("locatorParts", () => {
  it("names pages, paragraphs and stretches of a recording", () => {
    expect(locatorParts({ ...none, page: "12" })).toEqual(["p. 12"]);
    expect(locatorParts({ ...none, page: "12-14" })).toEqual(["pp. 12–14"]);
    expect(locatorParts({ ...none, paragraph: 3 })).toEqual(["¶ 3"]);
    expect(locatorParts({ ...none, startSeconds: 725, endSeconds: 820 })).toEqual(["12:05–13:40"]);
    expect(locatorParts({ ...none, startSeconds: 725 })).toEqual(["12:05"]);
    expect(locatorParts(none)).toEqual([]);
  });
});
