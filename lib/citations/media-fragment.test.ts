import { describe, expect, it } from "vitest";
import { citationUrl, mediaFragment } from "./media-fragment";

describe("mediaFragment", () => {
  it("gives the start and end in seconds, or the start alone", () => {
    expect(mediaFragment({ startSeconds: 187, endSeconds: 240 })).toBe("t=187,240");
    expect(mediaFragment({ startSeconds: 187, endSeconds: null })).toBe("t=187");
    expect(mediaFragment({ startSeconds: 187, endSeconds: 187 })).toBe("t=187");
    expect(mediaFragment({ startSeconds: null, endSeconds: null })).toBeNull();
  });
});

describe("citationUrl", () => {
  it("opens a recording at its time range, replacing any fragment", () => {
    expect(citationUrl("https://example.org/episode#chapters", { startSeconds: 65, endSeconds: 90, exact: "words" })).toBe(
      "https://example.org/episode#t=65,90",
    );
  });

  it("opens a text at its words when no time is given", () => {
    expect(citationUrl("https://example.org/post", { startSeconds: null, endSeconds: null, exact: "cheap" })).toBe(
      "https://example.org/post#:~:text=cheap",
    );
  });
});
