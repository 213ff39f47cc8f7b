import { describe, expect, it } from "vitest";
import type { SearchDocument } from "../contract";
import { FILTER_FIELDS } from "../contract";
import { SEARCH_TIERS, facetEntries } from "../search-document";
import { toMeiliDocument } from "./documents";
import { decodeLabelled, dayNumber } from "./fields";

const huang: SearchDocument = {
  id: "q7",
  claimId: 3,
  claimSlug: "huang-china-will-win",
  quoteId: 7,
  text: "China is going to win the AI race.",
  lang: "en",
  translations: [{ lang: "zh-Hant", text: "中國將贏得人工智能競賽。" }],
  statements: [{ lang: "en", text: "Jensen Huang said China will win the AI race." }],
  speaker: { slug: "jensen-huang", name: "Jensen Huang", names: ["Jensen Huang", "黃仁勳", "黄仁勋"] },
  orgs: [{ slug: "nvidia", name: "NVIDIA" }],
  entities: [{ slug: "china", name: "China", names: ["中國"] }],
  affiliated: ["NVIDIA"],
  sources: [
    {
      id: 41,
      title: "Nvidia's Huang on China",
      publisher: { slug: "ft", name: "Financial Times" },
      url: "https://example.org/a",
      type: "ARTICLE",
    },
    { id: 42, title: "Huang interview", publisher: { slug: "ft", name: "Financial Times" }, url: null, type: "INTERVIEW" },
  ],
  tags: [{ slug: "ai-race", name: "AI race" }],
  claimedAt: "2025-11-05",
  claimedAtPrecision: "DAY",
  status: "SOURCED_UNVERIFIED",
  rank: "NORMAL",
  coSpeakers: [],
  misattribution: null,
  rankReason: null,
};

describe("toMeiliDocument", () => {
  const doc = toMeiliDocument(huang);

  it("keeps the id and the SearchDocument as given", () => {
    expect(doc.id).toBe("q7");
    expect(doc.doc).toBe(huang);
  });

  it("indexes our normalised text, one attribute per declared tier, Traditional folded to Simplified", () => {
    expect(Object.keys(doc).filter((key) => key.endsWith("_norm"))).toEqual(SEARCH_TIERS.map((tier) => `${tier}_norm`));
    expect(doc.quote_norm).toEqual(["china is going to win the ai race", "中国 将 赢得 人工 智能 竞赛"]);
    expect(doc.statement_norm).toEqual(["jensen huang said china will win the ai race"]);
  });

  it("puts every name and alias in names_norm, and sources, tags and affiliations in context_norm, once each", () => {
    expect(doc.names_norm).toEqual(["jensen huang", "黄 仁 勋", "china", "中国"]);
    expect(doc.context_norm).toEqual(["nvidia s huang on china", "financial times", "huang interview", "ai race", "nvidia"]);
    expect(
      toMeiliDocument({ ...huang, sources: [], affiliated: [], tags: [{ slug: "open-models", name: "Open weights" }] }).context_norm,
    ).toEqual(["open models", "open weights"]);
  });

  it("lists each filter field's values once, and the same values with their labels", () => {
    expect(doc.f_speaker).toEqual(["jensen-huang"]);
    expect(doc.f_org).toEqual(["nvidia"]);
    expect(doc.f_source).toEqual(["41", "42"]);
    expect(doc.f_sourceType).toEqual(["ARTICLE", "INTERVIEW"]);
    expect(doc.f_publisher).toEqual(["ft"]);
    expect(doc.f_lang).toEqual(["en"]);
    expect(doc.f_status).toEqual(["SOURCED_UNVERIFIED"]);
    expect(doc.f_rank).toEqual(["NORMAL"]);
    expect(doc.f_tag).toEqual(["ai-race"]);
    expect(doc.l_speaker.map(decodeLabelled)).toEqual([{ value: "jensen-huang", label: "Jensen Huang" }]);
    expect(doc.l_lang.map(decodeLabelled)).toEqual([{ value: "en", label: "English" }]);
    expect(doc.l_source.map(decodeLabelled)[1]).toEqual({ value: "42", label: "Huang interview" });
  });

  it("finds co-speakers and a misattribution's actual speaker by name and under the speaker filter", () => {
    const xu = { slug: "selina-xu", name: "Selina Xu", names: ["Selina Xu", "賽琳娜．許"] };
    const withXu = toMeiliDocument({ ...huang, entities: [], coSpeakers: [xu] });
    expect(withXu.names_norm).toEqual(["jensen huang", "黄 仁 勋", "selina xu", "赛 琳 娜 许"]);
    expect(withXu.f_speaker).toEqual(["jensen-huang", "selina-xu"]);
    const misattributed = toMeiliDocument({ ...huang, entities: [], misattribution: { actualSpeaker: xu, by: null, evidence: null } });
    expect(misattributed.f_speaker).toEqual(["jensen-huang", "selina-xu"]);
  });

  it("indexes exactly the values and labels facetEntries gives", () => {
    const entries = facetEntries(huang);
    for (const field of FILTER_FIELDS) {
      expect(doc[`f_${field}`]).toEqual(entries[field].map((entry) => entry.value));
      expect(doc[`l_${field}`].map(decodeLabelled)).toEqual(entries[field]);
    }
  });

  it("stores the claim date as a day number, or null", () => {
    expect(doc.claimedAtDays).toBe(Date.UTC(2025, 10, 5) / 86_400_000);
    expect(doc.claimedAtEndDays).toBe(doc.claimedAtDays);
    expect(toMeiliDocument({ ...huang, claimedAt: null, claimedAtPrecision: null })).toMatchObject({
      claimedAtDays: null,
      claimedAtEndDays: null,
    });
    // October 2025 spans the 1st to the 31st.
    expect(toMeiliDocument({ ...huang, claimedAt: "2025-10", claimedAtPrecision: "MONTH" })).toMatchObject({
      claimedAtDays: Date.UTC(2025, 9, 1) / 86_400_000,
      claimedAtEndDays: Date.UTC(2025, 9, 31) / 86_400_000,
    });
  });

  it("leaves out empty texts", () => {
    const bare = toMeiliDocument({
      ...huang,
      translations: [],
      statements: [
        { lang: "en", text: "" },
        { lang: "zh-Hant", text: "  " },
      ],
      tags: [],
    });
    expect(bare.quote_norm).toEqual(["china is going to win the ai race"]);
    expect(bare.statement_norm).toEqual([]);
    expect(bare.f_tag).toEqual([]);
  });
});

describe("dayNumber", () => {
  it("reads the date part as written", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2025-11-05T23:30:00-05:00")).toBe(dayNumber("2025-11-05"));
  });

  it("refuses what is not a date", () => {
    expect(dayNumber("2025-02-30")).toBeNull();
    expect(dayNumber("2025")).toBeNull();
    expect(dayNumber("yesterday")).toBeNull();
  });
});
