import { describe, expect, it } from "vitest";
import { buildRelayChains, datesCompatible, type RelayChainInput, type RelayEdge, type RelaySource } from "./claim-page-relay";

// The demo corpus's relations: the article republishes 觀察者網, which adapts and translates
// Bloomberg's column, which quotes the FT, NVIDIA's post and the All-In episode.
const ARTICLE = 1,
  GUANCHA = 2,
  BLOOMBERG = 3,
  FT = 4,
  NVIDIA_POST = 5,
  ALL_IN = 6,
  EARNINGS_CALL = 7,
  REUTERS = 8;
const NVIDIA = 100,
  ALL_IN_PODCAST = 101,
  BLOOMBERG_LP = 102;

const edges: RelayEdge[] = [
  { fromSourceId: ARTICLE, toSourceId: GUANCHA, kind: "REPUBLISHES" },
  { fromSourceId: ARTICLE, toSourceId: REUTERS, kind: "QUOTES" },
  { fromSourceId: GUANCHA, toSourceId: BLOOMBERG, kind: "DERIVED_FROM" },
  { fromSourceId: GUANCHA, toSourceId: BLOOMBERG, kind: "TRANSLATES" },
  { fromSourceId: GUANCHA, toSourceId: EARNINGS_CALL, kind: "QUOTES" },
  { fromSourceId: BLOOMBERG, toSourceId: FT, kind: "QUOTES" },
  { fromSourceId: BLOOMBERG, toSourceId: NVIDIA_POST, kind: "QUOTES" },
  { fromSourceId: BLOOMBERG, toSourceId: ALL_IN, kind: "QUOTES" },
];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const source = (
  id: number,
  publisherId: number | null,
  issued: string | null,
  issuedPrecision: RelaySource["issuedPrecision"],
  authorNames: string[] = [],
): RelaySource => ({
  id,
  publisherId,
  issued: issued ? day(issued) : null,
  issuedPrecision,
  authorNames,
});
const sources = new Map<number, RelaySource>([
  [ARTICLE, source(ARTICLE, null, "2025-11-10", "DAY")],
  [GUANCHA, source(GUANCHA, null, "2025-11-01", "MONTH")],
  [BLOOMBERG, source(BLOOMBERG, BLOOMBERG_LP, "2025-11-09", "DAY")],
  [FT, source(FT, null, "2025-11-05", "DAY")],
  [NVIDIA_POST, source(NVIDIA_POST, NVIDIA, "2025-11-05", "DAY")],
  [ALL_IN, source(ALL_IN, ALL_IN_PODCAST, "2025-01-01", "YEAR")],
  [EARNINGS_CALL, source(EARNINGS_CALL, NVIDIA, "2025-05-28", "DAY")],
  [REUTERS, source(REUTERS, null, null, null)],
]);

const input = (overrides: Partial<RelayChainInput>): RelayChainInput => ({
  citations: [],
  edges,
  sources,
  speakerIds: new Set(),
  speakerNames: new Set(),
  speakerOutletIds: new Set(),
  claimedAt: null,
  claimedAtPrecision: null,
  ...overrides,
});
const ids = (chains: ReturnType<typeof buildRelayChains>) => chains.map((chain) => chain.map((hop) => hop.sourceId));

describe("buildRelayChains", () => {
  it("draws Huang's remark from the FT through Bloomberg and 觀察者網 to the article", () => {
    const chains = buildRelayChains(
      input({
        citations: [
          { sourceId: FT, role: "PRIMARY" },
          { sourceId: ARTICLE, role: "RELAY" },
          { sourceId: ARTICLE, role: "RELAY" },
        ],
        speakerOutletIds: new Set([NVIDIA]),
        claimedAt: day("2025-11-05"),
        claimedAtPrecision: "DAY",
      }),
    );
    expect(chains).toEqual([
      [
        { sourceId: FT, citedAs: "PRIMARY", inferred: false, relationKinds: [], unresolvedUpstream: [] },
        { sourceId: BLOOMBERG, citedAs: null, inferred: false, relationKinds: ["QUOTES"], unresolvedUpstream: [] },
        { sourceId: GUANCHA, citedAs: null, inferred: false, relationKinds: ["TRANSLATES", "DERIVED_FROM"], unresolvedUpstream: [] },
        { sourceId: ARTICLE, citedAs: "RELAY", inferred: false, relationKinds: ["REPUBLISHES"], unresolvedUpstream: [] },
      ],
    ]);
  });

  it("infers the speaker's own outlet when nothing upstream is cited", () => {
    const chains = buildRelayChains(
      input({
        citations: [{ sourceId: ARTICLE, role: "RELAY" }],
        speakerOutletIds: new Set([ALL_IN_PODCAST]),
        claimedAt: day("2025-01-01"),
        claimedAtPrecision: "YEAR",
      }),
    );
    expect(ids(chains)).toEqual([[ALL_IN, BLOOMBERG, GUANCHA, ARTICLE]]);
    expect(chains[0]![0]).toMatchObject({ citedAs: null, inferred: true });
  });

  it("only infers an outlet whose date fits the claim", () => {
    // Huang said it on the earnings call: NVIDIA's November post is the wrong date.
    const chains = buildRelayChains(
      input({
        citations: [{ sourceId: ARTICLE, role: "RELAY" }],
        speakerOutletIds: new Set([NVIDIA]),
        claimedAt: day("2025-05-28"),
        claimedAtPrecision: "DAY",
      }),
    );
    expect(ids(chains)).toEqual([[EARNINGS_CALL, GUANCHA, ARTICLE]]);
  });

  it("infers no organisation's outlet for an undated claim, and names what the relay draws on", () => {
    const chains = buildRelayChains(input({ citations: [{ sourceId: ARTICLE, role: "RELAY" }], speakerOutletIds: new Set([NVIDIA]) }));
    expect(ids(chains)).toEqual([[ARTICLE]]);
    expect(chains[0]![0]).toMatchObject({ citedAs: "RELAY", inferred: false, relationKinds: [], unresolvedUpstream: [GUANCHA, REUTERS] });
  });

  it("infers what the speaker wrote, even undated, and names no unresolved hop then", () => {
    const OP_ED = 9;
    const chains = buildRelayChains(
      input({
        citations: [{ sourceId: ARTICLE, role: "RELAY" }],
        edges: [...edges, { fromSourceId: GUANCHA, toSourceId: OP_ED, kind: "QUOTES" }],
        sources: new Map([...sources, [OP_ED, source(OP_ED, null, null, null, ["eric schmidt", "selina xu"])]]),
        speakerNames: new Set(["selina xu"]),
      }),
    );
    expect(ids(chains)).toEqual([[OP_ED, GUANCHA, ARTICLE]]);
    expect(chains[0]![0]).toMatchObject({ inferred: true, unresolvedUpstream: [] });
  });

  it("infers the speaker's own publication unless its date contradicts the claim's", () => {
    const claim = { citations: [{ sourceId: ARTICLE, role: "RELAY" as const }], speakerIds: new Set([NVIDIA]) };
    expect(ids(buildRelayChains(input({ ...claim, claimedAt: day("2025-05-01"), claimedAtPrecision: "MONTH" })))).toEqual([
      [EARNINGS_CALL, GUANCHA, ARTICLE],
    ]);
    expect(ids(buildRelayChains(input({ ...claim, claimedAt: day("2024-01-01"), claimedAtPrecision: "YEAR" })))).toEqual([[ARTICLE]]);
  });

  it("infers nothing when two outlets are equally near", () => {
    const chains = buildRelayChains(
      input({
        citations: [{ sourceId: GUANCHA, role: "RELAY" }],
        sources: new Map([...sources, [FT, source(FT, NVIDIA, "2025-11-05", "DAY")]]),
        speakerOutletIds: new Set([NVIDIA]),
        claimedAt: day("2025-11-05"),
        claimedAtPrecision: "DAY",
      }),
    );
    expect(ids(chains)).toEqual([[GUANCHA, ARTICLE]]);
  });

  it("adds full republications downstream, and keeps a primary source nothing leads to", () => {
    const chains = buildRelayChains(
      input({
        citations: [
          { sourceId: GUANCHA, role: "PRIMARY" },
          { sourceId: REUTERS, role: "PRIMARY" },
        ],
      }),
    );
    expect(ids(chains)).toEqual([[GUANCHA, ARTICLE], [REUTERS]]);
    expect(chains[0]![1]).toMatchObject({ citedAs: null, relationKinds: ["REPUBLISHES"] });
  });

  it("draws one chain through several cited relays", () => {
    const chains = buildRelayChains(
      input({
        citations: [
          { sourceId: FT, role: "PRIMARY" },
          { sourceId: BLOOMBERG, role: "RELAY" },
          { sourceId: ARTICLE, role: "RELAY" },
        ],
      }),
    );
    expect(ids(chains)).toEqual([[FT, BLOOMBERG, GUANCHA, ARTICLE]]);
    expect(chains[0]!.map((hop) => hop.citedAs)).toEqual(["PRIMARY", "RELAY", null, "RELAY"]);
  });
});

describe("datesCompatible", () => {
  it("compares at the coarser precision", () => {
    expect(datesCompatible(day("2025-11-05"), "DAY", day("2025-11-01"), "MONTH")).toBe(true);
    expect(datesCompatible(day("2025-11-05"), "DAY", day("2025-11-09"), "DAY")).toBe(false);
    expect(datesCompatible(day("2025-01-01"), "YEAR", day("2025-05-28"), "DAY")).toBe(true);
    expect(datesCompatible(day("2024-01-01"), "YEAR", day("2025-05-28"), "DAY")).toBe(false);
    expect(datesCompatible(null, null, day("2025-05-28"), "DAY")).toBe(false);
  });
});
