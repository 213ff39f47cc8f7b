import type { Corpus, CorpusCitation, CorpusClaim, CorpusQuote } from "../../prisma/seed/corpus-types";
import { citationData } from "../citations/citation-data";
import { anchorCitationWords } from "../sources/anchor-citation";
import { parseDay, partialDate } from "./corpus-text";
import type { SeedContext } from "./seed-context";
import { translationColumns } from "../quotes/quote-fields";
import { quoteKind } from "../quotes/quote-record";
import { claimKind } from "../claims/claim-record";
import { citationKind } from "../citations/citation-record";

// Claims with their quotes and citations, then the relations between claims. Natural keys:
// a claim is its speaker and slug, a quote its claim and text, a citation its target (quote
// or claim), source and exact words.

export async function loadClaims(ctx: SeedContext, corpus: Corpus): Promise<void> {
  let done = 0;
  for (const claim of corpus.claims) {
    const claimId = await findOrCreateClaim(ctx, claim);
    ctx.claimIds.set(claim.key, claimId);
    for (const citation of claim.citations) await findOrCreateCitation(ctx, { claimId }, citation);
    for (const quote of claim.quotes) {
      const quoteId = await findOrCreateQuote(ctx, claimId, quote);
      for (const citation of quote.citations) await findOrCreateCitation(ctx, { quoteId }, citation);
    }
    ctx.progress("claims", ++done, corpus.claims.length);
  }
}

async function findOrCreateClaim(ctx: SeedContext, claim: CorpusClaim): Promise<number> {
  const speakerId = ctx.id("entity", claim.speaker);
  const existing = await ctx.tx.claim.findFirst({ where: { speakerId, slug: claim.slug }, select: { id: true }, orderBy: { id: "asc" } });
  if (existing) return existing.id;

  const claimedAt = partialDate(claim.claimedAt, claim.claimedAtPrecision);
  const statements = Object.entries(claim.statements).flatMap(([lang, text]) => (text ? [{ lang, text }] : []));
  const row = await ctx.insert(claimKind, {
    slug: claim.slug,
    speakerId,
    claimedAt: claimedAt.date,
    claimedAtPrecision: claimedAt.precision,
    status: claim.status,
    rank: claim.rank,
    rankReason: claim.rankReason ?? null,
    statements: { create: statements },
    coSpeakers: { create: (claim.coSpeakers ?? []).map((slug) => ({ entityId: ctx.id("entity", slug) })) },
    entities: { create: claim.about.map((slug) => ({ entityId: ctx.id("entity", slug) })) },
    tags: { create: claim.tags.map((slug) => ({ tagId: ctx.id("tag", slug) })) },
  });
  ctx.created.claims += 1;
  ctx.created.claimStatements += row.statements.length;
  return row.id;
}

async function findOrCreateQuote(ctx: SeedContext, claimId: number, quote: CorpusQuote): Promise<number> {
  const existing = await ctx.tx.quote.findFirst({ where: { claimId, text: quote.text }, select: { id: true }, orderBy: { id: "asc" } });
  if (existing) return existing.id;

  const row = await ctx.insert(quoteKind, {
    claimId,
    text: quote.text,
    lang: quote.lang,
    spokenLang: quote.spokenLang,
    translations: quote.translations.map((translation) =>
      translationColumns({ ...translation, sourceId: translation.source ? ctx.id("source", translation.source) : null }),
    ),
  });
  ctx.created.quotes += 1;
  ctx.created.quoteTranslations += row.translations.length;
  return row.id;
}

type CitationTarget = { quoteId: number; claimId?: never } | { claimId: number; quoteId?: never };

async function findOrCreateCitation(ctx: SeedContext, target: CitationTarget, citation: CorpusCitation): Promise<void> {
  const sourceId = ctx.id("source", citation.source);
  const targetKey = { quoteId: target.quoteId ?? null, claimId: target.claimId ?? null };
  const existing = await ctx.tx.citation.findFirst({ where: { ...targetKey, sourceId, exact: citation.exact }, select: { id: true } });
  if (existing) return;

  const anchor = await anchorCitationWords(ctx.tx, sourceId, citation, "exact");
  await ctx.insert(citationKind, { ...citationData(targetKey, sourceId, citation), ...anchor });
  ctx.created.citations += 1;
}

export async function loadClaimRelations(ctx: SeedContext, corpus: Corpus): Promise<void> {
  let done = 0;
  for (const relation of corpus.claimRelations) {
    const key = { fromClaimId: ctx.id("claim", relation.from), toClaimId: ctx.id("claim", relation.to), kind: relation.kind };
    const existing = await ctx.tx.claimRelation.findUnique({ where: { fromClaimId_toClaimId_kind: key }, select: { id: true } });
    if (!existing) {
      const row = await ctx.tx.claimRelation.create({
        data: {
          ...key,
          relatedAt: relation.relatedAt ? parseDay(relation.relatedAt) : null,
          sourceId: relation.source ? ctx.id("source", relation.source) : null,
          note: relation.note ?? null,
        },
      });
      ctx.created.claimRelations += 1;
      await ctx.recordCreated("claim_relation", row);
    }
    ctx.progress("claimRelations", ++done, corpus.claimRelations.length);
  }
}
