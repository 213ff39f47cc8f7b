import "server-only";
import { describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { createActors } from "../editing-fixtures";
import { updateClaim } from "../../claims/update-claim";
import { updateEntity } from "../../entities/update-entity";
import { findEntityPage } from "../../entities/find-entity-page";
import type { EntityQuery, EntityResult, SearchEngine } from "../../search/contract";
import { enqueueIndexUpdate } from "../../search/outbox";
import { processOutbox, rebuildIndex } from "../../search/sync";

// The entity index's contract, run on the demo corpus by describeEngineContract for every
// engine: what the search box's suggestions and /entities rely on.

export function describeEntityContract(db: Db, engine: () => SearchEngine) {
  const find = (q: string, options: Partial<EntityQuery> = {}): Promise<EntityResult> =>
    engine().searchEntities({ q, kinds: [], page: 1, perPage: 20, ...options });
  const slugs = (result: EntityResult) => result.hits.map((hit) => hit.slug);
  const murati = async (q: string) => (await find(q)).hits.find((hit) => hit.slug === "mira-murati");

  describe("the entity index", () => {
    it.each(["Murat", "Murati", "穆拉蒂", "Mira Murati lab", "mira", "MURATI ", "ＭＵＲＡＴＩ", "米拉·穆拉蒂", "米拉．穆拉蒂", "Muarti "])(
      "%s offers Mira Murati",
      async (q) => {
        expect(slugs(await find(q))).toContain("mira-murati");
      },
    );

    it("says who she is and how many claims are on record, as her page does", async () => {
      const hit = (await murati("Murat"))!;
      expect(hit).toMatchObject({
        kind: "PERSON",
        name: "Mira Murati",
        description: "Founder of Thinking Machines Lab, former Chief Technology Officer of OpenAI",
      });
      for (const slug of ["mira-murati", "thinking-machines-lab", "jensen-huang", "nvidia"]) {
        const page = (await findEntityPage(db, slug))!;
        const onPage = new Set([...page.spoken, ...page.about].map((claim) => claim.id)).size;
        expect((await find(page.name)).hits.find((candidate) => candidate.slug === slug)?.claimCount).toBe(onPage);
      }
      expect((await find("Thinking Machines")).hits[0]).toMatchObject({ slug: "thinking-machines-lab", kind: "ORGANIZATION" });
      expect((await find("Thinking Machines")).hits[0]!.claimCount).toBeGreaterThan(0);
    });

    it("folds Traditional to Simplified, width and case as claim search does", async () => {
      for (const q of ["思維機器", "思维机器", "THINKING machines"]) expect(slugs(await find(q))[0]).toBe("thinking-machines-lab");
    });

    it("marks the matched alias", async () => {
      const hit = (await murati("穆拉蒂"))!;
      expect(hit.highlight.name.some((segment) => segment.match)).toBe(false);
      expect(hit.highlight.aliases.map((alias) => alias.value)).toContain("穆拉蒂");
      expect((await murati("Murat"))!.highlight.name.filter((segment) => segment.match).map((segment) => segment.value)).toEqual([
        "Murati",
      ]);
    });

    it("requires every word, and ranks an entity's own name above an affiliate's", async () => {
      expect(slugs(await find("Murati nanoseconds"))).toEqual([]);
      const lab = slugs(await find("Murati"));
      expect(lab.indexOf("mira-murati")).toBe(0);
      expect(lab).toContain("thinking-machines-lab");
    });

    it("lists every entity by name when nothing is typed, filters by kind and counts kinds without that filter", async () => {
      const live = await db.entity.count({ where: { deprecatedAt: null } });
      const all = await find("", { perPage: 100 });
      expect(all.total).toBe(live);
      const names = all.hits.map((hit) => hit.name.toLowerCase());
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      const products = await find("", { kinds: ["PRODUCT"], perPage: 100 });
      expect(products.hits.length).toBeGreaterThan(0);
      expect(products.hits.every((hit) => hit.kind === "PRODUCT")).toBe(true);
      expect(products.total).toBe(all.kinds.PRODUCT);
      expect(products.kinds).toEqual(all.kinds);
      expect(all.kinds.PERSON + all.kinds.ORGANIZATION + all.kinds.PRODUCT).toBe(live);
      const second = await find("", { perPage: 5, page: 2 });
      expect(second.hits.map((hit) => hit.slug)).toEqual(all.hits.slice(5, 10).map((hit) => hit.slug));
    });

    it("follows edits through the outbox: names, claim counts, a claim's new speaker, deprecation", async () => {
      const actors = await createActors(db);
      const entity = await db.entity.findUniqueOrThrow({ where: { slug: "mira-murati" }, include: { names: true } });
      const names = entity.names.map(({ lang, value, kind }) => ({ lang, value, kind }));
      const renamed = await updateEntity(db, actors.editor, entity.id, {
        version: entity.version,
        reason: "Nickname",
        names: [...names, { lang: "en", value: "Mirakle", kind: "ALIAS" as const }],
      });
      await processOutbox(db, engine());
      // Her organisations' documents carry her names too, below their own.
      expect(slugs(await find("Mirakle"))[0]).toBe("mira-murati");
      expect(slugs(await find("Mirakle"))).toContain("thinking-machines-lab");

      // A claim of Thinking Machines Lab moved to Jensen Huang (and so to NVIDIA, which he leads), then back, about her.
      const claim = await db.claim.findFirstOrThrow({ where: { speaker: { slug: "thinking-machines-lab" } } });
      const count = async (q: string, slug: string) => (await find(q)).hits.find((hit) => hit.slug === slug)!.claimCount;
      const counts = async () => [
        await count("Murati", "mira-murati"),
        await count("Thinking Machines", "thinking-machines-lab"),
        await count("Nvidia", "nvidia"),
      ];
      const [mira, lab, nvidia] = await counts();
      await updateClaim(db, actors.editor, claim.id, { version: claim.version, reason: "Test", speaker: { slug: "jensen-huang" } });
      await processOutbox(db, engine());
      expect(await counts()).toEqual([mira, lab! - 1, nvidia! + 1]);
      await updateClaim(db, actors.editor, claim.id, {
        version: claim.version + 1,
        reason: "Test",
        speaker: { slug: "thinking-machines-lab" },
        entities: [{ slug: "mira-murati" }],
      });
      await processOutbox(db, engine());
      expect(await counts()).toEqual([mira! + 1, lab, nvidia]);

      await db.$transaction(async (tx) => {
        await tx.entity.update({ where: { id: entity.id }, data: { deprecatedAt: new Date() } });
        await enqueueIndexUpdate(tx, "entity", entity.id);
      });
      await processOutbox(db, engine());
      expect(slugs(await find("Murati"))).not.toContain("mira-murati");
      await db.$transaction(async (tx) => {
        await tx.entity.update({ where: { id: entity.id }, data: { deprecatedAt: null } });
        await tx.entityName.deleteMany({ where: { entityId: entity.id, value: "Mirakle" } });
        await tx.claimEntity.deleteMany({ where: { claimId: claim.id } });
        await enqueueIndexUpdate(tx, "entity", entity.id);
        await enqueueIndexUpdate(tx, "claim", claim.id);
      });
      await processOutbox(db, engine());
      expect(renamed.version).toBe(entity.version + 1);
      expect(await counts()).toEqual([mira, lab, nvidia]);
    });

    it("is rebuilt with the claims, answering the same afterwards", async () => {
      const before = await find("", { perPage: 100 });
      await rebuildIndex(db, engine());
      expect(await find("", { perPage: 100 })).toEqual(before);
      expect(slugs(await find("Murat"))).toContain("mira-murati");
    });
  });
}
