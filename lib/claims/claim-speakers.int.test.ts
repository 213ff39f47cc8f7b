import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { deprecateRecord } from "../records/deprecate-record";
import { appErrorOf, createActors } from "../testing/editing-fixtures";
import { loadCorpus } from "../seed/load-corpus";
import { corpus } from "../../prisma/seed/corpus";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { claimCslItem, findCitableClaim } from "./claim-page-citation";
import { claimJsonLd } from "./claim-page-json-ld";
import { claimTitle } from "./claim-page-metadata";
import { findClaimPage } from "./find-claim-page";
import { linkClaims } from "./link-claims";
import { updateClaim } from "./update-claim";

// Speakers as stored: co-speakers, the actual speaker of a misattributed claim, and a
// deprecated claim that points to the preferred record; figures cited as figures.

const { db } = useTestDatabase();
let editor: Actor;
const origin = "https://claimtrail.example";
const claimOf = (slug: string) => db.claim.findFirstOrThrow({ where: { slug } });

beforeAll(async () => {
  await resetDatabase(db);
  await loadCorpus(db, corpus);
  editor = (await createActors(db)).editor;
});

describe("co-speakers", () => {
  it("loads Schmidt and Xu's claim with Xu as co-speaker, not as what it is about, and names both everywhere", async () => {
    const page = (await findClaimPage(db, (await claimOf("silicon-valley-should-be-less-obsessed-with-agi-and-learn-from-china")).id))!;
    expect(page.speaker.slug).toBe("eric-schmidt");
    expect(page.coSpeakers).toEqual([{ slug: "selina-xu", name: "Selina Xu", kind: "PERSON" }]);
    expect(page.about).toEqual([]);
    expect(claimTitle(page)).toMatch(/^Eric Schmidt and Selina Xu: /);
    const claim = (claimJsonLd(page, `${origin}/claims/x`, origin)["@graph"] as Record<string, unknown>[]).find(
      (node) => node["@type"] === "Claim",
    )!;
    expect(claim.author).toEqual([{ "@id": `${origin}/entities/eric-schmidt#entity` }, { "@id": `${origin}/entities/selina-xu#entity` }]);
    expect(claimCslItem((await findCitableClaim(db, page.id))!, origin)?.note).toMatch(/^Cited for Eric Schmidt and Selina Xu/);
    // Their op-ed is still the inferred origin: written by both.
    expect(page.relayChains[0]![0]).toMatchObject({ inferred: true });
  });

  it("refuses the speaker as a co-speaker, naming coSpeakers", async () => {
    const claim = await claimOf("silicon-valley-should-be-less-obsessed-with-agi-and-learn-from-china");
    const error = await appErrorOf(
      updateClaim(db, editor, claim.id, { version: claim.version, coSpeakers: [{ slug: "eric-schmidt" }], reason: "test" }),
    );
    expect(Object.keys(error.fields ?? {})).toEqual(["coSpeakers"]);
  });
});

describe("a misattributed claim", () => {
  it("refuses an actual speaker on a claim that is not misattributed as a broken rule (422), naming actualSpeaker", async () => {
    const claim = await claimOf("as-china-races-ahead-we-may-be-stuck-in-the-past");
    const error = await appErrorOf(
      updateClaim(db, editor, claim.id, { version: claim.version, actualSpeaker: { slug: "li-yuan" }, reason: "test" }),
    );
    expect(error.code).toBe("unprocessable");
    expect(Object.keys(error.fields ?? {})).toEqual(["actualSpeaker"]);
  });

  it("is headed by who really said it, or nobody known, never by the speaker it was misattributed to", async () => {
    const claim = await claimOf("as-china-races-ahead-we-may-be-stuck-in-the-past");
    const misattribute = {
      status: "MISATTRIBUTED",
      misattributedBy: { slug: "guancha" },
      misattributionEvidence: "The Times quotes the words as Li Yuan's own.",
      reason: "test",
    } as const;
    const updated = await updateClaim(db, editor, claim.id, { version: claim.version, ...misattribute });
    const unknown = (await findClaimPage(db, claim.id))!;
    expect(claimTitle(unknown)).toMatch(/^Unknown speaker: /);
    const quotation = (claimJsonLd(unknown, `${origin}/claims/x`, origin)["@graph"] as Record<string, unknown>[])[0]!;
    expect(quotation).not.toHaveProperty("spokenByCharacter");

    await updateClaim(db, editor, claim.id, { version: updated.version, actualSpeaker: { slug: "li-yuan" }, reason: "test" });
    const known = (await findClaimPage(db, claim.id))!;
    expect(known).toMatchObject({
      actualSpeaker: { slug: "li-yuan" },
      speaker: { slug: "andreessen-horowitz" },
      misattributedBy: { slug: "guancha" },
    });
    expect(claimTitle(known)).toMatch(/^Li Yuan: /);
    const graph = claimJsonLd(known, `${origin}/claims/x`, origin)["@graph"] as Record<string, unknown>[];
    expect(graph[0]!.spokenByCharacter).toEqual({ "@id": `${origin}/entities/li-yuan#entity` });
    expect(graph.filter((node) => node["@type"] === "Person").map((node) => node.name)).toEqual(["Li Yuan"]);
    expect(graph[1]!.description).toContain("Misattributed to Andreessen Horowitz by Guancha. Li Yuan said it.");
    expect(claimCslItem((await findCitableClaim(db, claim.id))!, origin)?.note).toMatch(/^Cited for Li Yuan/);
  });

  it("is refused by the database with an actual speaker but another status", async () => {
    const claim = await claimOf("china-is-going-to-win-the-ai-race");
    const other = await db.entity.findUniqueOrThrow({ where: { slug: "li-yuan" } });
    await expect(db.claim.update({ where: { id: claim.id }, data: { actualSpeakerId: other.id } })).rejects.toThrow(
      /claims_actual_speaker_check/,
    );
  });
});

describe("a deprecated claim", () => {
  it("keeps its page, with the reason, pointing to the preferred record it repeats", async () => {
    const preferred = await claimOf("china-is-going-to-win-the-ai-race");
    const duplicate = await claimOf("chinese-ai-industry-not-obsessed-with-agi");
    await linkClaims(db, editor, duplicate.id, { toClaimId: preferred.id, kind: "REPEATS", reason: "test" });
    await deprecateRecord(db, editor, "claim", duplicate.id, { version: duplicate.version, reason: "Recorded twice" });
    const page = (await findClaimPage(db, duplicate.id))!;
    expect(page).toMatchObject({ rank: "DEPRECATED", rankReason: "Recorded twice" });
    expect(page.related.find((related) => related.claim.rank === "PREFERRED")?.claim.id).toBe(preferred.id);
  });
});

describe("a figure citation", () => {
  it("holds the value and what it measures, and exports them as a figure", async () => {
    const claim = await claimOf("qwen-385-3m-downloads-overtakes-llama-346-2m");
    const page = (await findClaimPage(db, claim.id))!;
    expect(page.citations[0]).toMatchObject({
      kind: "FIGURE",
      role: "PRIMARY",
      exact: "Qwen 385.3 million; Llama 346.2 million",
      measure: "cumulative downloads on Hugging Face, October 2025",
      page: null,
    });
    expect(page.citations[1]).toMatchObject({ kind: "QUOTATION", measure: null });
    expect(claimCslItem((await findCitableClaim(db, claim.id))!, origin)?.note).toContain(
      "Figure cited for ATOM Project: cumulative downloads on Hugging Face, October 2025, Qwen 385.3 million; Llama 346.2 million.",
    );
  });

  it("is refused without a measure by the database too", async () => {
    const citation = await db.citation.findFirstOrThrow({ where: { kind: "FIGURE" } });
    await expect(db.citation.update({ where: { id: citation.id }, data: { measure: null } })).rejects.toThrow(/citations_figure_check/);
  });
});
