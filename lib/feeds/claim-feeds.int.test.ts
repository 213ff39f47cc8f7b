import { parseFeed } from "@rowanmanning/feed-parser";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { corpus } from "../../prisma/seed/corpus";
import { bylineText, saidBy } from "../claims/claim-byline";
import { db } from "../db/client";
import { spokenBy } from "../entities/find-entity-page";
import { loadCorpus } from "../seed/load-corpus";
import { resetDatabase } from "../testing/test-database";
import { FEED_ENTRIES } from "./claim-feed";

// The Atom feeds through their route handlers, read back by an independent feed parser
// (@rowanmanning/feed-parser), on the demo corpus.

const { url, poolMax } = inject("database");
process.env.DATABASE_URL = url;
process.env.DATABASE_POOL_MAX = String(poolMax);

const site = await import("@/app/feeds/claims.atom/route");
const speakers = await import("@/app/feeds/speakers/[file]/route");
const topics = await import("@/app/feeds/topics/[file]/route");

const HOST = "claimtrail.test:3000";
const ORIGIN = `http://${HOST}`;

type Route = { GET: (request: Request, context: never) => Promise<Response> };

async function get(route: Route, path: string, file = "", headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost:3000${path}`, { headers: { host: HOST, ...headers } });
  const response = await route.GET(request, { params: Promise.resolve({ file }) } as never);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

async function feedOf(route: Route, path: string, file = "") {
  const response = await get(route, path, file);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  return parseFeed(response.text);
}

const claimIdOf = (entryId: string | null) => Number(/\/claims\/(\d+)$/.exec(entryId ?? "")?.[1]);

beforeAll(async () => {
  await resetDatabase(db());
  await loadCorpus(db(), corpus);
});

describe("the site-wide feed", () => {
  it("lists the newest published claims, each as its record says", async () => {
    const feed = await feedOf(site, "/feeds/claims.atom");
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Claimtrail: new and changed claims");
    expect(feed.language).toBe("en");
    expect(feed.self).toBe(`${ORIGIN}/feeds/claims.atom`);
    expect(feed.url).toBe(`${ORIGIN}/`);

    const published = await db().claim.findMany({
      where: { state: "PUBLISHED" },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: FEED_ENTRIES,
      include: { speaker: true, actualSpeaker: true, coSpeakers: { include: { entity: true }, orderBy: { entityId: "asc" } } },
    });
    expect(published.length).toBeGreaterThan(5);
    expect(feed.items.map((item) => claimIdOf(item.id))).toEqual(published.map((claim) => claim.id));
    for (const [index, item] of feed.items.entries()) {
      const claim = published[index]!;
      expect(item.id).toBe(`${ORIGIN}/claims/${claim.id}`);
      expect(item.url).toBe(`${ORIGIN}/claims/${claim.id}-${claim.slug}`);
      expect(item.published).toEqual(claim.createdAt);
      expect(item.updated).toEqual(claim.updatedAt);
      const byline = { ...claim, coSpeakers: claim.coSpeakers.map(({ entity }) => entity) };
      expect(item.authors.map((author) => author.name)).toEqual(
        saidBy(byline).length ? saidBy(byline).map((person) => person.name) : ["Claimtrail"],
      );
      expect(item.title?.startsWith(`${bylineText(byline)}: `)).toBe(true);
    }
    expect(feed.updated).toEqual(new Date(Math.max(...published.map((claim) => claim.updatedAt.getTime()))));
  });

  it("gives each entry the language of its words", async () => {
    const feed = await feedOf(site, "/feeds/claims.atom");
    const quoted = await db().claim.findMany({
      where: { state: "PUBLISHED", quotes: { some: { deprecatedAt: null } } },
      include: { quotes: { where: { deprecatedAt: null }, orderBy: { id: "asc" }, take: 1 } },
    });
    const langs = new Map(quoted.map((claim) => [claim.id, claim.quotes[0]!.lang]));
    const entries = feed.items.filter((item) => langs.has(claimIdOf(item.id)));
    expect(entries.length).toBeGreaterThan(0);
    for (const item of entries) expect(item.element.getAttribute("xml:lang")).toBe(langs.get(claimIdOf(item.id)));
    expect(new Set(entries.map((item) => item.element.getAttribute("xml:lang")))).toContain("zh-Hant");
  });

  it("keeps a statement's markup as text, and never shows a draft", async () => {
    const [shown, draft] = await db().claim.findMany({
      where: { state: "PUBLISHED" },
      orderBy: { id: "asc" },
      take: 2,
      include: { statements: true },
    });
    const words = `<script>alert("x")</script> & ]]> <b>not bold</b>`;
    await db().claimStatement.update({
      where: { id: shown!.statements.find((statement) => statement.lang === "en")!.id },
      data: { text: words },
    });
    await db().claim.update({ where: { id: draft!.id }, data: { state: "DRAFT" } });
    try {
      const response = await get(site, "/feeds/claims.atom");
      const feed = parseFeed(response.text);
      expect(feed.items.find((item) => claimIdOf(item.id) === shown!.id)?.description).toBe(words);
      expect(feed.items.map((item) => claimIdOf(item.id))).not.toContain(draft!.id);
      const tag = await db().claimTag.findFirstOrThrow({ where: { claimId: draft!.id }, include: { tag: true } });
      const topicFeed = await feedOf(topics, `/feeds/topics/${tag.tag.slug}.atom`, `${tag.tag.slug}.atom`);
      expect(topicFeed.items.map((item) => claimIdOf(item.id))).not.toContain(draft!.id);
      const speaker = await db().entity.findUniqueOrThrow({ where: { id: draft!.speakerId } });
      const speakerFeed = await feedOf(speakers, `/feeds/speakers/${speaker.slug}.atom`, `${speaker.slug}.atom`);
      expect(speakerFeed.items.map((item) => claimIdOf(item.id))).not.toContain(draft!.id);
    } finally {
      await db().claim.update({ where: { id: draft!.id }, data: { state: "PUBLISHED" } });
    }
  });

  it("takes its addresses from the request's own host, not a client's X-Forwarded-Host", async () => {
    const response = await get(site, "/feeds/claims.atom", "", { "x-forwarded-host": "evil.example" });
    expect(response.text).not.toContain("evil.example");
    expect(parseFeed(response.text).items[0]!.url?.startsWith(`${ORIGIN}/claims/`)).toBe(true);
  });
});

describe("a speaker's and a topic's feed", () => {
  it("lists the claims the speaker made, as their page does, drafts aside", async () => {
    const huang = await db().entity.findUniqueOrThrow({ where: { slug: "jensen-huang" } });
    const feed = await feedOf(speakers, "/feeds/speakers/jensen-huang.atom", "jensen-huang.atom");
    expect(feed.title).toBe("Claims by Jensen Huang · Claimtrail");
    expect(feed.url).toBe(`${ORIGIN}/entities/jensen-huang`);
    const expected = await db().claim.findMany({ where: { state: "PUBLISHED", ...spokenBy(huang.id) }, select: { id: true } });
    expect(expected.length).toBeGreaterThan(1);
    expect(feed.items.map((item) => claimIdOf(item.id)).sort()).toEqual(expected.map((claim) => claim.id).sort());
    for (const item of feed.items) expect(item.authors.map((author) => author.url)).toContain(`${ORIGIN}/entities/jensen-huang`);
  });

  it("lists the claims on a topic", async () => {
    const tag = await db().tag.findFirstOrThrow({
      where: { slug: "export-controls" },
      include: { claims: { where: { claim: { state: "PUBLISHED" } } } },
    });
    const feed = await feedOf(topics, "/feeds/topics/export-controls.atom", "export-controls.atom");
    expect(feed.title).toBe(`Claims on ${tag.label} · Claimtrail`);
    expect(feed.url).toBe(`${ORIGIN}/?tag=export-controls`);
    expect(tag.claims.length).toBeGreaterThan(0);
    expect(feed.items.map((item) => claimIdOf(item.id)).sort()).toEqual(tag.claims.map((row) => row.claimId).sort());
    for (const item of feed.items) expect(item.categories.map((category) => category.term)).toContain("export-controls");
  });

  it("answers an unknown speaker or topic, or another file name, with a JSON 404", async () => {
    for (const [route, path, file] of [
      [speakers, "/feeds/speakers/nobody.atom", "nobody.atom"],
      [topics, "/feeds/topics/nothing.atom", "nothing.atom"],
      [speakers, "/feeds/speakers/jensen-huang.rss", "jensen-huang.rss"],
    ] as const) {
      const response = await get(route, path, file);
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(JSON.parse(response.text)).toMatchObject({ error: { code: "not_found" } });
    }
  });
});

describe("caching", () => {
  it("sends a validator, answers 304 while nothing changed, and 200 after an edit", async () => {
    const first = await get(site, "/feeds/claims.atom");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60, s-maxage=60, stale-while-revalidate=300");
    expect(first.headers.get("last-modified")).toBe(parseFeed(first.text).updated!.toUTCString());

    const again = await get(site, "/feeds/claims.atom", "", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await get(site, "/feeds/claims.atom", "", { "if-modified-since": first.headers.get("last-modified")! })).status).toBe(304);

    // A renamed speaker changes the entries' authors, so the feed too.
    const huang = await db().entity.findUniqueOrThrow({ where: { slug: "jensen-huang" } });
    await db().entity.update({ where: { id: huang.id }, data: { name: "Jen-Hsun Huang" } });
    try {
      const edited = await get(site, "/feeds/claims.atom", "", { "if-none-match": etag });
      expect(edited.status).toBe(200);
      expect(edited.headers.get("etag")).not.toBe(etag);
      expect(edited.text).toContain("Jen-Hsun Huang");
    } finally {
      await db().entity.update({ where: { id: huang.id }, data: { name: huang.name } });
    }
  });
});
