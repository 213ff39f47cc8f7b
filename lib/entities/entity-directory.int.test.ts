import { beforeAll, describe, expect, it } from "vitest";
import { corpus } from "../../prisma/seed/corpus";
import { loadCorpus } from "../seed/load-corpus";
import { parseEntitySearchParams } from "../search/entity-search-params";
import { PostgresEngine } from "../search/postgres/engine";
import { processOutbox } from "../search/sync";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { findEntityPage } from "./find-entity-page";

// /entities and the entity pages on the demo corpus: everyone listed, page by page, with their
// names in every language; pages linked to each other through affiliations.
const { db } = useTestDatabase();
const engine = new PostgresEngine(db);

beforeAll(async () => {
  await resetDatabase(db);
  await loadCorpus(db, corpus);
  await processOutbox(db, engine);
});

const list = async (search: string) => {
  const parsed = parseEntitySearchParams(new URLSearchParams(search));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fields));
  return engine.searchEntities(parsed.query);
};

describe("the entity directory", () => {
  it("lists every live entity once across its pages, with every name in every language", async () => {
    const live = await db.entity.findMany({ where: { deprecatedAt: null }, include: { names: true } });
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const result = await list(`perPage=10&page=${page}`);
      if (result.hits.length === 0) break;
      seen.push(...result.hits.map((hit) => hit.slug));
      for (const hit of result.hits) {
        const row = live.find((entity) => entity.slug === hit.slug)!;
        expect(hit.names.map((name) => `${name.lang}:${name.value}`).sort()).toEqual(
          row.names.map((name) => `${name.lang}:${name.value}`).sort(),
        );
        expect(hit.kind).toBe(row.kind);
      }
    }
    expect(seen.sort()).toEqual(live.map((entity) => entity.slug).sort());
  });

  it("filters by kind and finds by a name in any script", async () => {
    const products = await list("kind=PRODUCT&perPage=100");
    expect(products.hits.map((hit) => hit.kind)).toEqual(products.hits.map(() => "PRODUCT"));
    expect(products.hits.map((hit) => hit.slug)).toContain("qwen");
    expect((await list("q=思維機器")).hits[0]?.slug).toBe("thinking-machines-lab");
    expect((await list("q=Murati&kind=ORGANIZATION")).hits.map((hit) => hit.slug)).toEqual(
      expect.arrayContaining(["thinking-machines-lab", "openai"]),
    );
  });

  it("links Mira Murati's page to her organisations' and theirs back to her", async () => {
    const murati = (await findEntityPage(db, "mira-murati"))!;
    expect(murati.memberships.map((row) => row.entity.slug).sort()).toEqual(["openai", "thinking-machines-lab"]);
    for (const slug of ["thinking-machines-lab", "openai"]) {
      expect((await findEntityPage(db, slug))!.members.map((row) => row.entity.slug)).toContain("mira-murati");
    }
  });
});
