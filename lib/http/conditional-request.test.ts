import { describe, expect, it } from "vitest";
import { isNotModified, weakEtag } from "./conditional-request";

const validator = { etag: weakEtag(["b1", "html", "claim", 12, "v3"]), lastModified: new Date("2026-12-03T06:00:00.750Z") };
const ask = (values: Record<string, string>) => isNotModified(new Headers(values), validator);

describe("isNotModified", () => {
  it("compares entity tags weakly, in a list or as *", () => {
    expect(validator.etag).toBe('W/"b1-html-claim-12-v3"');
    expect(ask({ "if-none-match": 'W/"b1-html-claim-12-v3"' })).toBe(true);
    expect(ask({ "if-none-match": '"b1-html-claim-12-v3"' })).toBe(true);
    expect(ask({ "if-none-match": 'W/"x", W/"b1-html-claim-12-v3"' })).toBe(true);
    expect(ask({ "if-none-match": "*" })).toBe(true);
    expect(ask({ "if-none-match": 'W/"b1-html-claim-12-v4"' })).toBe(false);
  });

  it("reads If-Modified-Since by whole seconds, and only without If-None-Match", () => {
    expect(ask({ "if-modified-since": "Thu, 03 Dec 2026 06:00:00 GMT" })).toBe(true);
    expect(ask({ "if-modified-since": "Thu, 03 Dec 2026 05:59:59 GMT" })).toBe(false);
    expect(ask({ "if-modified-since": "not a date" })).toBe(false);
    expect(ask({ "if-none-match": 'W/"other"', "if-modified-since": "Thu, 03 Dec 2026 07:00:00 GMT" })).toBe(false);
  });

  it("keeps entity tags to characters that need no quoting", () => {
    expect(weakEtag(['a"b', "c d"])).toBe('W/"a_b-c_d"');
  });
});
