import { describe, expect, it } from "vitest";
import { normalizeSourceUrl } from "./normalize-url";

const normal = (input: string) => {
  const result = normalizeSourceUrl(input);
  if (!result.ok) throw new Error(result.message);
  return result.url;
};

describe("normalizeSourceUrl", () => {
  it("lower-cases scheme and host but not the path", () => {
    expect(normal("HTTPS://WWW.Bloomberg.COM/Opinion/Articles/X")).toBe("https://www.bloomberg.com/Opinion/Articles/X");
  });

  it("drops default ports and keeps others", () => {
    expect(normal("https://example.com:443/a")).toBe("https://example.com/a");
    expect(normal("http://example.com:80/a")).toBe("http://example.com/a");
    expect(normal("https://example.com:8443/a")).toBe("https://example.com:8443/a");
  });

  it("resolves dot segments and drops the fragment", () => {
    expect(normal("https://example.com/a/./b/../c#section-2")).toBe("https://example.com/a/c");
  });

  it("drops tracking parameters and sorts the rest, keeping their encoding", () => {
    expect(
      normal(
        "https://example.com/p?utm_source=x&b=2&fbclid=abc&a=hello%20world&UTM_Campaign=y&gclid=1&mc_cid=2&mc_eid=3&igshid=4&ref_src=twsrc",
      ),
    ).toBe("https://example.com/p?a=hello%20world&b=2");
    expect(normal("https://example.com/p?utm_medium=email")).toBe("https://example.com/p");
  });

  it("keeps repeated parameters in a stable order", () => {
    expect(normal("https://example.com/?tag=b&tag=a&id=1")).toBe("https://example.com/?id=1&tag=a&tag=b");
  });

  it("changes no trailing slash except on a bare host", () => {
    expect(normal("https://example.com")).toBe("https://example.com/");
    expect(normal("https://example.com/a/")).toBe("https://example.com/a/");
    expect(normal("https://example.com/a")).toBe("https://example.com/a");
  });

  it("upper-cases percent escapes so two spellings of one path agree", () => {
    expect(normal("https://example.com/%e4%b8%ad")).toBe(normal("https://example.com/中"));
  });

  it("refuses what is not an http(s) address", () => {
    expect(normalizeSourceUrl("ftp://example.com/file")).toEqual({ ok: false, message: "must be an http or https address" });
    expect(normalizeSourceUrl("javascript:alert(1)").ok).toBe(false);
    expect(normalizeSourceUrl("example.com/no-scheme").ok).toBe(false);
    expect(normalizeSourceUrl("").ok).toBe(false);
  });

  it("is idempotent", () => {
    const once = normal("HTTP://Example.com:80/a/../b?z=1&utm_source=q&a=2#top");
    expect(normal(once)).toBe(once);
  });
});
