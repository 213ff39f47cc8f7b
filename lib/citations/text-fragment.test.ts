import { describe, expect, it } from "vitest";
import { encodeTextDirectivePart, textDirective, textFragmentUrl } from "./text-fragment";

describe("encodeTextDirectivePart", () => {
  it("encodes the directive's own syntax characters", () => {
    expect(encodeTextDirectivePart("state-of-the-art, fast & cheap")).toBe("state%2Dof%2Dthe%2Dart%2C%20fast%20%26%20cheap");
    expect(encodeTextDirectivePart("中國將贏得")).toBe("%E4%B8%AD%E5%9C%8B%E5%B0%87%E8%B4%8F%E5%BE%97");
  });
});

describe("textDirective", () => {
  it("puts prefix and suffix around the words, without the possibly cut first word", () => {
    expect(textDirective({ exact: "China is going to win the AI race", prefix: "bluntly told the FT: ", suffix: ". He later" })).toBe(
      "text=told%20the%20FT%3A-,China%20is%20going%20to%20win%20the%20AI%20race,-.%20He",
    );
  });

  it("drops a partial word at the far end of the context", () => {
    expect(textDirective({ exact: "win", prefix: "ang said China will ", suffix: " the race, he add" })).toBe(
      "text=said%20China%20will-,win,-the%20race%2C%20he",
    );
  });

  it("keeps context in scripts without spaces whole", () => {
    expect(textDirective({ exact: "中國將贏得人工智能競賽。", prefix: "勳最近向英媒直言：「", suffix: "」隨後他緊急找補，稱" })).toBe(
      `text=${encodeURIComponent("勳最近向英媒直言：「")}-,${encodeURIComponent("中國將贏得人工智能競賽。")},-${encodeURIComponent("」隨後他緊急找補，稱")}`,
    );
  });

  it("matches a long quotation by its first and last words", () => {
    const exact =
      "As I have long said, China is nanoseconds behind America in AI. It's vital that America wins by racing ahead and winning developers worldwide.";
    expect(textDirective({ exact })).toBe("text=As%20I%20have%20long%20said%2C,ahead%20and%20winning%20developers%20worldwide.");
  });

  it("has nothing to look for in blank text", () => {
    expect(textDirective({ exact: "  " })).toBeNull();
  });
});

describe("textFragmentUrl", () => {
  it("adds the directive as the fragment", () => {
    expect(textFragmentUrl("https://example.com/post", { exact: "built on Qwen3" })).toBe(
      "https://example.com/post#:~:text=built%20on%20Qwen3",
    );
  });

  it("keeps an existing fragment and replaces an old directive", () => {
    expect(textFragmentUrl("https://example.com/post#part-2", { exact: "Qwen" })).toBe("https://example.com/post#part-2:~:text=Qwen");
    expect(textFragmentUrl("https://example.com/post#:~:text=old", { exact: "new" })).toBe("https://example.com/post#:~:text=new");
  });
});
