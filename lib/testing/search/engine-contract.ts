import "server-only";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { overlapsRange, startOfIso } from "../../domain/partial-date";
import { loadCorpus } from "../../seed/load-corpus";
import { corpus } from "../../../prisma/seed/corpus";
import { resetDatabase } from "../test-database";
import { EXACT_COUNT_THRESHOLD, type SearchEngine, type SearchQuery, type SearchResult } from "../../search/contract";
import { enqueueIndexUpdate } from "../../search/outbox";
import { describeEntityContract } from "./entity-contract";
import { describeRankingContract } from "./ranking-contract";
import { processOutbox, rebuildIndex } from "../../search/sync";

// The search contract, run against every engine on the demo corpus: what a reader can rely on
// whichever engine answers. Each engine's test file calls describeEngineContract.

export function describeEngineContract(title: string, setup: () => { db: Db; engine: () => SearchEngine }) {
  describe(title, () => {
    const { db, engine } = setup();
    const search = (q: string, options: Partial<SearchQuery> = {}): Promise<SearchResult> =>
      engine().search({ q, filters: {}, sort: "relevance", page: 1, perPage: 100, ...options });
    const texts = (result: SearchResult) => result.hits.map((hit) => hit.text);
    const speakers = (result: SearchResult) => new Set(result.hits.map((hit) => hit.speaker.slug));
    const hasChinese = (text: string) => /\p{Script=Han}/u.test(text);

    beforeAll(async () => {
      await resetDatabase(db);
      await loadCorpus(db, corpus);
      await engine().prepare();
      await processOutbox(db, engine());
    });

    describe("what is searched", () => {
      it("finds English quotes by the speaker's Chinese name", async () => {
        const result = await search("黃仁勳");
        expect(texts(result)).toContain("China is going to win the AI race.");
      });

      it("finds Chinese quotes by the speaker's English name", async () => {
        const result = await search("Jensen");
        expect(speakers(result)).toContain("jensen-huang");
        expect(result.hits.some((hit) => hit.speaker.slug === "jensen-huang" && hasChinese(hit.text))).toBe(true);
      });

      it("searches translations, statements, sources and tags too", async () => {
        expect((await search("納秒")).hits.some((hit) => hit.speaker.slug === "jensen-huang")).toBe(true);
        expect((await search("Bloomberg")).total).toBeGreaterThan(0);
        expect((await search("downloads")).hits.some((hit) => hit.speaker.slug === "hugging-face" || hit.text.includes("385"))).toBe(true);
      });
    });

    describe("the entity graph", () => {
      const tmlClaim = "latest-research-inspired-by-and-built-on-qwen3-team-work";
      it.each(["Murati", "Murat", "穆拉蒂", "Mira Murati lab"])("%s finds Thinking Machines Lab's claim through its founder", async (q) => {
        expect((await search(q)).hits.map((hit) => hit.claimSlug)).toContain(tmlClaim);
      });

      it("finds a person's claims by the organisation they lead", async () => {
        expect(speakers(await search("Nvidia "))).toContain("jensen-huang");
      });

      it("ranks a name in the claim itself above the same name reached only through an affiliation", async () => {
        // Mira Murati is named by no claim of the corpus: make the Qwen claim about her for the test.
        const qwen = (await search("Cheksy")).hits.find((hit) => hit.speaker.slug === "brian-chesky")!;
        const murati = await db.entity.findUniqueOrThrow({ where: { slug: "mira-murati" } });
        // As the claim's edit would, announce the entity the claim leaves (its claim count changes).
        const reindex = () =>
          db
            .$transaction(async (tx) => {
              await enqueueIndexUpdate(tx, "claim", qwen.claimId);
              await enqueueIndexUpdate(tx, "entitySummary", murati.id);
            })
            .then(() => processOutbox(db, engine()));
        await db.claimEntity.create({ data: { claimId: qwen.claimId, entityId: murati.id } });
        await reindex();
        try {
          const slugs = (await search("Murati")).hits.map((hit) => hit.claimSlug);
          expect(slugs.indexOf(qwen.claimSlug)).toBeGreaterThanOrEqual(0);
          expect(slugs.indexOf(qwen.claimSlug)).toBeLessThan(slugs.indexOf(tmlClaim));
        } finally {
          await db.claimEntity.delete({ where: { claimId_entityId: { claimId: qwen.claimId, entityId: murati.id } } });
          await reindex();
        }
      });
    });

    describe("Chinese", () => {
      it.each(["千問", "通義千問", "通义千问", "千问"])("%s finds the Qwen quotes", async (q) => {
        const result = await search(q);
        expect(speakers(result)).toContain("brian-chesky");
      });

      it("answers a mixed query", async () => {
        const result = await search("Qwen 便宜");
        expect(result.hits[0]?.speaker.slug).toBe("brian-chesky");
      });

      it("folds Traditional and Simplified on both sides", async () => {
        const traditional = await search("競賽");
        const simplified = await search("竞赛");
        expect(traditional.total).toBeGreaterThan(0);
        expect(texts(simplified)).toEqual(texts(traditional));
      });
    });

    describe("typos, prefixes, phrases, exclusions", () => {
      it("forgives a swap of two letters from five letters on", async () => {
        expect(speakers(await search("Cheksy"))).toContain("brian-chesky");
        expect(speakers(await search("Antrhopic"))).toContain("chamath-palihapitiya");
      });

      it("forgives no typo under five letters", async () => {
        expect((await search("Qewn ")).total).toBe(0);
      });

      it("matches the last word as a prefix while typing", async () => {
        expect(speakers(await search("Kim"))).toContain("chamath-palihapitiya");
        expect((await search("Kim ")).hits.some((hit) => hit.speaker.slug === "chamath-palihapitiya")).toBe(false);
      });

      it("matches quoted phrases exactly", async () => {
        expect(texts(await search('"win the AI race"'))).toContain("China is going to win the AI race.");
        expect((await search('"race AI the win"')).total).toBe(0);
      });

      it("excludes a word with a leading minus", async () => {
        const all = await search("qwen");
        const without = await search("qwen -chesky");
        expect(speakers(all)).toContain("brian-chesky");
        expect(speakers(without)).not.toContain("brian-chesky");
        expect(without.total).toBeGreaterThan(0);
      });
    });

    describe("filters and facets", () => {
      it("ORs values within a field and ANDs fields", async () => {
        const both = await search("", { filters: { speaker: ["jensen-huang", "brian-chesky"] } });
        expect(speakers(both)).toEqual(new Set(["jensen-huang", "brian-chesky"]));
        const huangInEnglish = await search("", { filters: { speaker: ["jensen-huang"], lang: ["en"] } });
        expect(huangInEnglish.total).toBeGreaterThan(0);
        expect(huangInEnglish.hits.every((hit) => hit.speaker.slug === "jensen-huang" && hit.lang === "en")).toBe(true);
      });

      it("filters a word search, counting the filtered facet without its filter", async () => {
        const word = await search("china");
        const status = word.facets.status[0]!;
        const filtered = await search("china", { filters: { status: [status.value] } });
        expect(filtered.total).toBe(status.count);
        expect(filtered.hits.every((hit) => hit.status === status.value)).toBe(true);
        expect(filtered.facets.status).toEqual(word.facets.status);
        const oneWord = await search("chin", { filters: { status: [status.value], lang: ["en"] } });
        expect(oneWord.hits.every((hit) => hit.status === status.value && hit.lang === "en")).toBe(true);
      });

      it("filters by organisation, status, tag and date range", async () => {
        expect(speakers(await search("", { filters: { org: ["nvidia"] } }))).toContain("jensen-huang");
        const sourced = await search("", { filters: { status: ["SOURCED_UNVERIFIED"] } });
        expect(sourced.hits.every((hit) => hit.status === "SOURCED_UNVERIFIED")).toBe(true);
        const november = await search("", { from: "2025-11-01", to: "2025-11-30" });
        expect(november.total).toBeGreaterThan(0);
        expect(
          november.hits.every(
            (hit) => hit.claimedAt !== null && overlapsRange(startOfIso(hit.claimedAt), hit.claimedAtPrecision, "2025-11-01", "2025-11-30"),
          ),
        ).toBe(true);
        const tag = (await search("")).facets.tag[0]!;
        expect((await search("", { filters: { tag: [tag.value] } })).total).toBe(tag.count);
      });

      it("keeps a date's precision, and a range catches a partial date when any part of its span is in it", async () => {
        const zhipu = (await search("", { filters: { speaker: ["zhipu-ai"] } })).hits;
        expect(zhipu.length).toBeGreaterThan(0);
        expect(zhipu.every((hit) => hit.claimedAt === "2025" && hit.claimedAtPrecision === "YEAR")).toBe(true);
        const inJanuary = await search("", { filters: { speaker: ["zhipu-ai"] }, from: "2025-01-10", to: "2025-01-20" });
        expect(inJanuary.total).toBe(zhipu.length);
        expect((await search("", { filters: { speaker: ["zhipu-ai"] }, to: "2024-12-31" })).total).toBe(0);
        expect((await search("", { filters: { speaker: ["zhipu-ai"] }, from: "2026-01-01" })).total).toBe(0);
        // October 2025 ends on the 31st: a range starting that day still overlaps it.
        const october = await search("", { from: "2025-10-31", to: "2025-10-31" });
        expect(october.hits.some((hit) => hit.claimedAt === "2025-10" && hit.claimedAtPrecision === "MONTH")).toBe(true);
        expect((await search("", { from: "2025-11-01", to: "2025-11-30" })).hits.some((hit) => hit.claimedAt === "2025-10")).toBe(false);
        expect(october.hits.every((hit) => hit.claimedAtPrecision !== "DAY" || hit.claimedAt === "2025-10-31")).toBe(true);
      });

      it("counts facets over the whole result set, not the page", async () => {
        const page = await search("", { perPage: 1 });
        expect(page.hits).toHaveLength(1);
        // Each match has one status; the speaker facet also counts co-speakers.
        const statusTotal = page.facets.status.reduce((sum, facet) => sum + facet.count, 0);
        expect(statusTotal).toBe(page.total);
        const huang = page.facets.speaker.find((facet) => facet.value === "jensen-huang")!;
        expect(huang.label).toBe("Jensen Huang");
        expect((await search("", { filters: { speaker: ["jensen-huang"] } })).total).toBe(huang.count);
        expect(page.facets.status.length).toBeGreaterThan(0);
        expect(page.facets.lang.map((facet) => facet.value)).toContain("zh-Hant");
      });

      it("counts a filtered field's facet without its own filter, in the same answer", async () => {
        const everything = await search("");
        const one = await search("", { filters: { speaker: ["jensen-huang"] } });
        expect(one.hits.every((hit) => hit.speaker.slug === "jensen-huang")).toBe(true);
        expect(one.facets.speaker).toEqual(everything.facets.speaker);
        expect(one.facets.lang.reduce((sum, facet) => sum + facet.count, 0)).toBe(one.total);
      });

      it("counts exactly, and says so, while the matches are few", async () => {
        for (const result of [await search(""), await search("qwen"), await search("", { filters: { lang: ["en"] } })]) {
          expect(result.total).toBeLessThan(EXACT_COUNT_THRESHOLD);
          expect(result.totalIsEstimate).toBe(false);
          expect(result.facetsAreEstimates).toBe(false);
        }
      });

      it("never shows a draft: a claim taken back to draft leaves the index", async () => {
        const target = (await search("Cheksy")).hits.find((hit) => hit.speaker.slug === "brian-chesky")!;
        const setState = async (state: "DRAFT" | "PUBLISHED") => {
          await db.$transaction(async (tx) => {
            await tx.claim.update({ where: { id: target.claimId }, data: { state } });
            await enqueueIndexUpdate(tx, "claim", target.claimId);
          });
          await processOutbox(db, engine());
        };
        await setState("DRAFT");
        try {
          expect((await search("Cheksy")).hits.map((hit) => hit.claimId)).not.toContain(target.claimId);
          expect((await search("", { filters: { rank: ["NORMAL", "DEPRECATED"] } })).hits.map((hit) => hit.claimId)).not.toContain(
            target.claimId,
          );
        } finally {
          await setState("PUBLISHED");
        }
        expect((await search("Cheksy")).hits.map((hit) => hit.claimId)).toContain(target.claimId);
      });

      it("finds a co-spoken claim by either speaker, under either speaker's filter, with both on the hit", async () => {
        const slug = "silicon-valley-should-be-less-obsessed-with-agi-and-learn-from-china";
        expect((await search("Selina Xu")).hits.map((hit) => hit.claimSlug)).toContain(slug);
        const hit = (await search("", { filters: { speaker: ["selina-xu"] } })).hits.find((candidate) => candidate.claimSlug === slug)!;
        expect(hit).toMatchObject({
          speaker: { slug: "eric-schmidt" },
          coSpeakers: [{ slug: "selina-xu", name: "Selina Xu" }],
          misattribution: null,
        });
        expect((await search("", { filters: { speaker: ["eric-schmidt"] } })).hits.map((candidate) => candidate.claimSlug)).toContain(slug);
        expect((await search("")).facets.speaker.find((facet) => facet.value === "selina-xu")).toMatchObject({
          label: "Selina Xu",
          count: 1,
        });
      });

      it("carries a misattribution: who really said it, who misattributed it, the evidence", async () => {
        const target = (await search("Cheksy")).hits.find((hit) => hit.speaker.slug === "brian-chesky")!;
        const [actual, by] = await Promise.all(["sam-altman", "bloomberg"].map((slug) => db.entity.findUniqueOrThrow({ where: { slug } })));
        const update = (data: Parameters<typeof db.claim.update>[0]["data"]) =>
          db
            .$transaction(async (tx) => {
              await tx.claim.update({ where: { id: target.claimId }, data });
              await enqueueIndexUpdate(tx, "claim", target.claimId);
            })
            .then(() => processOutbox(db, engine()));
        await update({
          status: "MISATTRIBUTED",
          actualSpeakerId: actual!.id,
          misattributedById: by!.id,
          misattributionEvidence: "Contract test",
        });
        try {
          const hit = (await search("", { filters: { speaker: ["sam-altman"] } })).hits.find(
            (candidate) => candidate.claimId === target.claimId,
          )!;
          expect(hit.misattribution).toEqual({
            actualSpeaker: { slug: "sam-altman", name: "Sam Altman" },
            by: { slug: "bloomberg", name: "Bloomberg" },
            evidence: "Contract test",
          });
          expect((await search("Altman Qwen")).hits.map((candidate) => candidate.claimId)).toContain(target.claimId);
        } finally {
          await update({ status: "SOURCED_UNVERIFIED", actualSpeakerId: null, misattributedById: null, misattributionEvidence: null });
        }
      });

      it("hides deprecated claims unless asked for by rank", async () => {
        const before = await search("Chesky");
        const target = before.hits.find((hit) => hit.speaker.slug === "brian-chesky")!;
        const targetHits = before.hits.filter((hit) => hit.claimId === target.claimId).length;
        await db.$transaction(async (tx) => {
          await tx.claim.update({ where: { id: target.claimId }, data: { rank: "DEPRECATED", rankReason: "Contract test" } });
          await enqueueIndexUpdate(tx, "claim", target.claimId);
        });
        await processOutbox(db, engine());
        try {
          const shown = await search("");
          expect(shown.hits.map((hit) => hit.claimId)).not.toContain(target.claimId);
          // A word search leaves them out of its hits, its total and its other facets too.
          const word = await search("Chesky");
          expect(word.hits.map((hit) => hit.claimId)).not.toContain(target.claimId);
          expect(word.total).toBe(before.total - targetHits);
          expect(word.facets.speaker.find((facet) => facet.value === "brian-chesky")?.count ?? 0).toBe(
            (before.facets.speaker.find((facet) => facet.value === "brian-chesky")?.count ?? 0) - targetHits,
          );
          // The rank facet counts them, so a reader can reach them.
          expect(shown.facets.rank.find((facet) => facet.value === "DEPRECATED")?.count).toBeGreaterThan(0);
          const deprecated = await search("", { filters: { rank: ["DEPRECATED"] } });
          expect(deprecated.hits.find((hit) => hit.claimId === target.claimId)).toMatchObject({
            rank: "DEPRECATED",
            rankReason: "Contract test",
          });
        } finally {
          await db.$transaction(async (tx) => {
            await tx.claim.update({ where: { id: target.claimId }, data: { rank: "NORMAL", rankReason: null } });
            await enqueueIndexUpdate(tx, "claim", target.claimId);
          });
          await processOutbox(db, engine());
        }
      });
    });

    describe("highlighting", () => {
      it("returns matched words as segments of the quote text", async () => {
        const hit = (await search("cheap")).hits.find((candidate) => candidate.speaker.slug === "brian-chesky")!;
        expect(hit.highlight.text.map((segment) => segment.value).join("")).toBe(hit.text);
        expect(hit.highlight.text.filter((segment) => segment.match).map((segment) => segment.value.toLowerCase())).toContain("cheap");
      });

      it("marks matched words in the translations too", async () => {
        const hit = (await search("竞赛")).hits.find((candidate) => candidate.text === "China is going to win the AI race.")!;
        expect(hit.highlight.text.some((segment) => segment.match)).toBe(false);
        const translation = hit.highlight.translations[hit.translations.findIndex((candidate) => candidate.lang === "zh-Hant")]!;
        expect(translation.filter((segment) => segment.match).map((segment) => segment.value)).toEqual(["競賽"]);
      });

      it.each(["Kimi", "ChatGPT", "Moonshot"])("shows on the first card for %s the word that matched", async (q) => {
        const [first] = (await search(q)).hits;
        const segments = [
          first!.highlight.text,
          ...first!.highlight.translations,
          first!.highlight.statement,
          ...first!.matchedNames.map((name) => name.segments),
        ].flat();
        expect(segments.some((segment) => segment.match && segment.value.toLowerCase().startsWith(q.toLowerCase()))).toBe(true);
      });

      it("names the alias that matched and what it is an alias of", async () => {
        const hit = (await search("黃仁勳")).hits.find((candidate) => candidate.text === "China is going to win the AI race.")!;
        expect(hit.matchedNames).toContainEqual(expect.objectContaining({ field: "speaker", value: "黃仁勳", of: "Jensen Huang" }));
      });

      it("marks matched words in the statement, and names matched only through an affiliation", async () => {
        const tml = (await search("Murati")).hits.find((hit) => hit.speaker.slug === "thinking-machines-lab")!;
        expect(tml.matchedNames.some((name) => name.field === "affiliated" && name.value === "Mira Murati")).toBe(true);
        const statement = (await search("notable")).hits.find((hit) => hit.statement?.text.includes("notable"))!;
        expect(statement.highlight.statement.filter((segment) => segment.match).map((segment) => segment.value)).toContain("notable");
      });

      it("shows the statement in the reader's language when there is one, else English", async () => {
        const statementOf = async (languages?: string[]) =>
          (await search("China race", { languages })).hits.find((hit) => hit.text === "China is going to win the AI race.")!.statement;
        expect(await statementOf(["zh-TW", "en"])).toEqual({ lang: "zh-Hant", text: "中國將贏得人工智能（AI）競賽。" });
        expect(await statementOf(["fr"])).toEqual({ lang: "en", text: "China is going to win the AI race." });
        expect((await statementOf())?.lang).toBe("en");
        // Highlighted in that language too.
        const hit = (await search("競賽", { languages: ["zh-TW"] })).hits.find(
          (candidate) => candidate.text === "China is going to win the AI race.",
        )!;
        expect(hit.highlight.statement.some((segment) => segment.match && segment.value === "競賽")).toBe(true);
      });

      it("marks Traditional words matched by a Simplified query", async () => {
        const hit = (await search("发展")).hits.find((candidate) => candidate.text.includes("發展"))!;
        expect(hit.highlight.text.some((segment) => segment.match && segment.value === "發展")).toBe(true);
      });
    });

    describe("ranking, sorting and paging", () => {
      it("ranks documents matching more words first, dropping words from the right", async () => {
        const result = await search("nanoseconds zzzunknownword");
        expect(result.total).toBeGreaterThan(0);
        expect(result.hits[0]!.speaker.slug).toBe("jensen-huang");
        const both = await search("Huang nanoseconds");
        expect(both.hits[0]!.highlight.text.some((segment) => segment.match)).toBe(true);
      });

      it("ranks words side by side above the same words apart", async () => {
        const result = await search("AI race");
        const adjacent = (hit: SearchResult["hits"][number]) =>
          [hit.text, ...hit.translations.map((translation) => translation.text)].some((text) => /\bAI race\b/i.test(text));
        expect(result.hits.findIndex((hit) => !adjacent(hit))).toBeGreaterThan(result.hits.findLastIndex(adjacent));
      });

      it("ranks a match in the quote's words above a match in its metadata", async () => {
        // The quote's words are its text in every language: the original and its translations.
        const inQuote = (hit: SearchResult["hits"][number]) =>
          hit.highlight.text.some((segment) => segment.match) || hit.translations.some((translation) => /chesky/i.test(translation.text));
        const result = await search("chesky ");
        const firstMetadataOnly = result.hits.findIndex((hit) => !inQuote(hit));
        const lastInQuote = result.hits.findLastIndex(inQuote);
        expect(lastInQuote).toBeGreaterThanOrEqual(0);
        expect(firstMetadataOnly).toBeGreaterThan(lastInQuote);
      });

      it("sorts newest and oldest by when the claim was made", async () => {
        // A partial date sorts at the start of its span: "2025" as 2025-01-01.
        const dates = (result: SearchResult) => result.hits.flatMap((hit) => (hit.claimedAt ? [startOfIso(hit.claimedAt).getTime()] : []));
        const newest = dates(await search("", { sort: "newest" }));
        const oldest = dates(await search("", { sort: "oldest" }));
        expect(newest).toEqual([...newest].sort((a, b) => b - a));
        expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
        expect(dates(await search(""))).toEqual(newest);
      });

      it("pages stably with a total", async () => {
        const all = await search("", { perPage: 100 });
        const first = await search("", { perPage: 5, page: 1 });
        const second = await search("", { perPage: 5, page: 2 });
        expect(first.total).toBe(all.total);
        expect([...first.hits, ...second.hits].map((hit) => hit.quoteId ?? `c${hit.claimId}`)).toEqual(
          all.hits.slice(0, 10).map((hit) => hit.quoteId ?? `c${hit.claimId}`),
        );
      });
    });

    describeRankingContract(engine);
    describeEntityContract(db, engine);

    describe("rebuild", () => {
      it("rebuilds aside and swaps, answering the same afterwards", async () => {
        const before = await search("qwen");
        const progress: number[] = [];
        await rebuildIndex(db, engine(), ({ done }) => progress.push(done));
        expect(progress.at(-1)).toBe((await search("")).total + (await search("", { filters: { rank: ["DEPRECATED"] } })).total);
        expect(texts(await search("qwen"))).toEqual(texts(before));
      });
    });
  });
}
