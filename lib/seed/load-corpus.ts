import "server-only";
import type { Corpus } from "../../prisma/seed/corpus-types";
import type { PrismaClient } from "../db/generated/client";
import { loadClaimRelations, loadClaims } from "./load-claims";
import { loadAffiliations, loadEntities, loadSourceRelations, loadSources, loadTags } from "./load-records";
import { SEED_COUNT_KEYS, SeedContext, emptyCounts, type OnSeedProgress, type SeedCounts } from "./seed-context";
import { validateCorpus } from "./validate-corpus";

export { CorpusValidationError } from "./validate-corpus";
export { SEED_COUNT_KEYS } from "./seed-context";
export type { OnSeedProgress, SeedCounts, SeedProgress, SeedStage } from "./seed-context";

export interface LoadCorpusSummary {
  /** Records written by this run: all zeros when the corpus was already loaded. */
  created: SeedCounts;
  /** Records the corpus describes. */
  inCorpus: SeedCounts;
  totalCreated: number;
}

/**
 * Writes a corpus in one transaction, creating only what is missing, so that running it
 * again creates nothing. Every created entity, source, source relation, claim, quote,
 * citation and claim relation gets its CREATE revision, and searchable records an index
 * update, in the same transaction. The corpus is validated first; nothing is written if it
 * is not valid (CorpusValidationError).
 */
export async function loadCorpus(db: PrismaClient, corpus: Corpus, onProgress?: OnSeedProgress): Promise<LoadCorpusSummary> {
  validateCorpus(corpus);
  const created = await db.$transaction(
    async (tx) => {
      const ctx = new SeedContext(tx, corpus.revisionReason, onProgress);
      await loadEntities(ctx, corpus);
      await loadAffiliations(ctx, corpus);
      await loadTags(ctx, corpus);
      await loadSources(ctx, corpus);
      await loadSourceRelations(ctx, corpus);
      await loadClaims(ctx, corpus);
      await loadClaimRelations(ctx, corpus);
      return ctx.created;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return {
    created,
    inCorpus: countCorpus(corpus),
    totalCreated: SEED_COUNT_KEYS.reduce((sum, key) => sum + created[key], 0),
  };
}

function countCorpus(corpus: Corpus): SeedCounts {
  const counts = emptyCounts();
  counts.entities = corpus.entities.length;
  counts.entityNames = corpus.entities.reduce((sum, entity) => sum + entity.names.length, 0);
  counts.affiliations = corpus.affiliations.length;
  counts.tags = corpus.tags.length;
  counts.sources = corpus.sources.length;
  counts.sourceRelations = corpus.sourceRelations.length;
  counts.claims = corpus.claims.length;
  counts.claimRelations = corpus.claimRelations.length;
  for (const claim of corpus.claims) {
    counts.claimStatements += Object.values(claim.statements).filter(Boolean).length;
    counts.citations += claim.citations.length;
    counts.quotes += claim.quotes.length;
    for (const quote of claim.quotes) {
      counts.quoteTranslations += quote.translations.length;
      counts.citations += quote.citations.length;
    }
  }
  return counts;
}
