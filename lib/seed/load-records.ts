import type { Corpus } from "../../prisma/seed/corpus-types";
import { putSourceSnapshot } from "../sources/source-snapshot";
import { parseDay, partialDate } from "./corpus-text";
import type { SeedContext } from "./seed-context";
import { entityKind } from "../entities/entity-record";
import { sourceKind } from "../sources/source-record";

// Entities, tags and sources: each looked up by its natural key and created only if missing.
// A record that exists is left as it is: changing it is an edit, with its own revision.

export async function loadEntities(ctx: SeedContext, corpus: Corpus): Promise<void> {
  const { tx } = ctx;
  let done = 0;
  for (const entity of corpus.entities) {
    const existing = await tx.entity.findUnique({ where: { slug: entity.slug }, select: { id: true } });
    if (existing) {
      ctx.entityIds.set(entity.slug, existing.id);
    } else {
      const row = await ctx.insert(entityKind, {
        slug: entity.slug,
        kind: entity.kind,
        name: entity.name,
        wikidataId: entity.wikidataId ?? null,
        description: entity.description ?? null,
        names: { create: entity.names.map(({ lang, value, kind }) => ({ lang, value, kind })) },
      });
      ctx.entityIds.set(entity.slug, row.id);
      ctx.created.entities += 1;
      ctx.created.entityNames += row.names.length;
    }
    ctx.progress("entities", ++done, corpus.entities.length);
  }
}

export async function loadAffiliations(ctx: SeedContext, corpus: Corpus): Promise<void> {
  let done = 0;
  for (const affiliation of corpus.affiliations) {
    const personId = ctx.id("entity", affiliation.person);
    const organizationId = ctx.id("entity", affiliation.organization);
    const key = { personId, organizationId, role: affiliation.role };
    const existing = await ctx.tx.affiliation.findUnique({ where: { personId_organizationId_role: key }, select: { id: true } });
    if (!existing) {
      await ctx.tx.affiliation.create({
        data: {
          ...key,
          startDate: affiliation.startDate ? parseDay(affiliation.startDate) : null,
          endDate: affiliation.endDate ? parseDay(affiliation.endDate) : null,
        },
      });
      ctx.created.affiliations += 1;
    }
    ctx.progress("affiliations", ++done, corpus.affiliations.length);
  }
}

export async function loadTags(ctx: SeedContext, corpus: Corpus): Promise<void> {
  let done = 0;
  for (const tag of corpus.tags) {
    const existing = await ctx.tx.tag.findUnique({ where: { slug: tag.slug }, select: { id: true } });
    if (existing) {
      ctx.tagIds.set(tag.slug, existing.id);
    } else {
      const row = await ctx.tx.tag.create({ data: { slug: tag.slug, label: tag.label } });
      ctx.tagIds.set(tag.slug, row.id);
      ctx.created.tags += 1;
      await ctx.recordIndexUpdate("tag", row.id);
    }
    ctx.progress("tags", ++done, corpus.tags.length);
  }
}

export async function loadSources(ctx: SeedContext, corpus: Corpus): Promise<void> {
  const { tx } = ctx;
  let done = 0;
  for (const source of corpus.sources) {
    const issued = partialDate(source.issued, source.issuedPrecision);
    // A source is one page (its url), or failing a url, one title at one date.
    const existing = source.url
      ? await tx.source.findUnique({ where: { url: source.url }, select: { id: true } })
      : await tx.source.findFirst({ where: { title: source.title, issued: issued.date }, select: { id: true }, orderBy: { id: "asc" } });
    if (existing) {
      ctx.sourceIds.set(source.key, existing.id);
    } else {
      const row = await ctx.insert(sourceKind, {
        type: source.type,
        title: source.title,
        containerTitle: source.containerTitle,
        publisherId: source.publisher ? ctx.id("entity", source.publisher) : null,
        authors: source.authors,
        issued: issued.date,
        issuedPrecision: issued.precision,
        url: source.url,
        lang: source.lang,
      });
      ctx.sourceIds.set(source.key, row.id);
      ctx.created.sources += 1;
    }
    ctx.progress("sources", ++done, corpus.sources.length);
  }
  for (const document of corpus.documents) await putSourceSnapshot(tx, null, ctx.id("source", document.source), document);
}

export async function loadSourceRelations(ctx: SeedContext, corpus: Corpus): Promise<void> {
  let done = 0;
  for (const relation of corpus.sourceRelations) {
    const key = { fromSourceId: ctx.id("source", relation.from), toSourceId: ctx.id("source", relation.to), kind: relation.kind };
    const existing = await ctx.tx.sourceRelation.findUnique({ where: { fromSourceId_toSourceId_kind: key }, select: { id: true } });
    if (!existing) {
      const row = await ctx.tx.sourceRelation.create({ data: { ...key, note: relation.note ?? null } });
      ctx.created.sourceRelations += 1;
      await ctx.recordCreated("source_relation", row);
    }
    ctx.progress("sourceRelations", ++done, corpus.sourceRelations.length);
  }
}
