import { describe, expect, it } from "vitest";
import { compareWordings } from "./claim-page-wordings";

const en = (text: string) => ({ text, lang: "en", checked: false });
const zh = (text: string) => ({ text, lang: "zh-Hant", checked: true });

describe("compareWordings", () => {
  it("notes translation between hops and marks a second wording at the same hop", () => {
    const [ft, bloomberg, article] = compareWordings([
      [en("China is going to win the AI race")],
      [],
      [zh("中國將贏得人工智能競賽。"), zh("中國將贏得人工智能（AI）競賽")],
    ]);
    expect(ft).toEqual([{ ...en("China is going to win the AI race"), change: { kind: "first" } }]);
    expect(bloomberg).toEqual([]);
    // A translation keeps the wording it translates, so that both can be shown side by side.
    expect(article![0]!.change).toEqual({ kind: "translated", fromLang: "en", from: en("China is going to win the AI race") });
    expect(article![1]!.change).toEqual({
      kind: "changed",
      against: "same-hop",
      segments: [
        { kind: "same", text: "中國將贏得人工智能" },
        { kind: "added", text: "（AI）" },
        { kind: "same", text: "競賽" },
        { kind: "removed", text: "。" },
      ],
    });
  });

  it("compares a hop with the last wording upstream, skipping hops without one", () => {
    const [, , relay] = compareWordings([[en("It's very good.")], [], [en("It is very good")]]);
    expect(relay![0]!.change).toMatchObject({ kind: "changed", against: "previous-hop" });
  });

  it("says when the words came through unchanged", () => {
    const [, relay] = compareWordings([[en("fast and  cheap")], [en("fast and cheap")]]);
    expect(relay![0]!.change).toEqual({ kind: "unchanged" });
  });
});
