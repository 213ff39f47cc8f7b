import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchDocument, SearchEngine, SearchResult } from "../../search/contract";

// Fixture documents built for each ranking rule, so that removing or reordering a rule fails a
// named test on every engine. In each test the first document wins the rule under test, ties
// on every rule before it, and loses on the rules after it wherever documents allow (down to
// recency and id), so that a later rule moved ahead of it, or the rule removed, reverses them.
// Each test has words of its own (nonsense, 5+ letters so that typos apply) and its queries
// end in a space, so the last word is not read as a prefix.

const FILLER = "with several unrelated words around the ones that matter here";

interface Place {
  text?: string;
  statement?: string;
  speaker?: string;
  source?: string;
  claimedAt?: string;
}

let serial = 0;

/** A document whose searchable words are only where `place` puts them. */
export function fixture(name: string, place: Place): SearchDocument {
  const claimId = 990_000 + ++serial;
  return {
    id: `q${claimId}`,
    claimId,
    claimSlug: `ranking-fixture-${name}`,
    quoteId: claimId,
    text: place.text ?? "An ordinary remark",
    lang: "en",
    translations: [],
    statements: [{ lang: "en", text: place.statement ?? "A plain statement" }],
    speaker: { slug: "ranking-fixture-speaker", name: place.speaker ?? "Fixture Speaker", names: [place.speaker ?? "Fixture Speaker"] },
    orgs: [],
    entities: [],
    affiliated: [],
    sources: [{ id: 990_000, title: place.source ?? "A fixture source", publisher: null, url: null, type: "ARTICLE" }],
    tags: [],
    claimedAt: place.claimedAt ?? "2020-01-01",
    claimedAtPrecision: "DAY",
    status: "SOURCED_UNVERIFIED",
    rank: "NORMAL",
    coSpeakers: [],
    misattribution: null,
    rankReason: null,
  };
}

const OLD = "2020-01-01";
const NEW = "2024-06-01";

/** Documents listed best first; ids descend and dates ascend down the list, against the tie-breaks. */
function ranked(...places: [string, Place][]): SearchDocument[] {
  return places
    .map(([name, place], index) => ({ name, place, index }))
    .reverse()
    .map(({ name, place, index }) => fixture(name, { claimedAt: index === 0 ? OLD : NEW, ...place }))
    .reverse();
}

const CASES = {
  // Three words asked: all three (one with a typo, apart, in a source title) beat two exact,
  // side by side, alone in the quote.
  words: ranked(["all-words", { source: "zorblat one two quintax three four mervane" }], ["two-words", { text: "zorblat quintex" }]),
  // Exact words apart in a source title beat a typo side by side, alone in the quote.
  typos: ranked(["exact", { source: "plonkit one two three draveno" }], ["typo", { text: "plonkit dravemo" }]),
  // Side by side in a source title beat apart in the quote.
  proximity: ranked(["adjacent", { source: `${FILLER} skarnel yutrimo ${FILLER}` }], ["apart", { text: "skarnel and yutrimo" }]),
  // The declared tiers in order: the quote's words, statements, names, context; later tiers hold the words more exactly.
  field: ranked(
    ["quote", { text: `${FILLER} fembrot wixalon ${FILLER} ${FILLER}` }],
    ["statement", { statement: `${FILLER} fembrot wixalon` }],
    ["names", { speaker: "Fembrot Wixalon" }],
    ["context", { source: "Fembrot Wixalon", claimedAt: NEW }],
  ),
  // The words alone beat the same words at the start of a longer quote.
  exactness: ranked(["whole", { text: "glubrin tarvesk" }], ["start", { text: `glubrin tarvesk ${FILLER}` }]),
  // Equal on every relevance rule: the newer claim first, then the lower id.
  recency: ranked(["newer", { text: "hoblint", claimedAt: NEW }], ["older", { text: "hoblint", claimedAt: OLD }]),
};
const QUERIES: Record<keyof typeof CASES, string> = {
  words: "zorblat quintex mervane ",
  typos: "plonkit draveno ",
  proximity: "skarnel yutrimo ",
  field: "fembrot wixalon ",
  exactness: "glubrin tarvesk ",
  recency: "hoblint ",
};

export function describeRankingContract(engine: () => SearchEngine) {
  describe("ranking rules, on documents built for each", () => {
    const all = Object.values(CASES).flat();
    const order = async (q: string) =>
      ((await engine().search({ q, filters: {}, sort: "relevance", page: 1, perPage: 20 })) satisfies SearchResult).hits.map((hit) =>
        hit.claimSlug.replace("ranking-fixture-", ""),
      );
    const expected = (documents: SearchDocument[]) => documents.map((document) => document.claimSlug.replace("ranking-fixture-", ""));

    beforeAll(async () => {
      await engine().upsert(all);
    });
    afterAll(async () => {
      await engine().remove(all.map((document) => document.id));
    });

    it.each(Object.keys(CASES) as (keyof typeof CASES)[])("%s decides where the rules before it tie", async (rule) => {
      expect(await order(QUERIES[rule])).toEqual(expected(CASES[rule]));
    });

    it("breaks a tie between claims of the same day by the lower id", async () => {
      const [newer] = CASES.recency;
      const twin = {
        ...newer!,
        id: `q${newer!.claimId - 100}`,
        claimId: newer!.claimId - 100,
        quoteId: newer!.claimId - 100,
        claimSlug: "ranking-fixture-twin",
      };
      await engine().upsert([twin]);
      try {
        expect(await order(QUERIES.recency)).toEqual(["twin", "newer", "older"]);
      } finally {
        await engine().remove([twin.id]);
      }
    });
  });
}
