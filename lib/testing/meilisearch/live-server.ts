import "server-only";
import { Meilisearch } from "meilisearch";
import { afterAll } from "vitest";
import { MeilisearchEngine, type MeilisearchEngineOptions } from "../../search/meilisearch/engine";

// The live Meilisearch server the suites run against: MEILI_URL with MEILI_ADMIN_KEY (and
// MEILI_SEARCH_KEY when the server has a master key), as `.ci/run` exports them. Each file
// gets indexes of its own, deleted after it.

export const liveUrl = process.env.MEILI_URL;
export const liveAdminKey = process.env.MEILI_ADMIN_KEY || undefined;
export const liveSearchKey = process.env.MEILI_SEARCH_KEY || undefined;

/** The suite's title, saying why it is skipped where no server is configured. */
export function liveTitle(title: string): string {
  return liveUrl ? `${title} (live Meilisearch)` : `${title} (live Meilisearch) — skipped: MEILI_URL is not set`;
}

/** A fresh index name, unique to this run. */
function testIndexUid(label: string): string {
  return `claimtrail_test_${label}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
}

/** An engine on a fresh index of the live server; the index and its rebuilds are deleted after the file. */
export function useLiveEngine(label: string, options: Partial<MeilisearchEngineOptions> = {}): MeilisearchEngine {
  const indexUid = testIndexUid(label);
  afterAll(async () => {
    if (!liveUrl) return;
    const client = new Meilisearch({ host: liveUrl, apiKey: liveAdminKey });
    const { results } = await client.getRawIndexes({ limit: 1000 });
    // Its entity index and rebuilds too (`<uid>_entities`, `<uid>_rebuild_…`).
    for (const { uid } of results.filter(({ uid }) => uid === indexUid || uid.startsWith(`${indexUid}_`))) {
      await client.deleteIndex(uid).waitTask();
    }
  });
  return new MeilisearchEngine({ url: liveUrl ?? "http://unset", apiKey: liveAdminKey, searchKey: liveSearchKey, indexUid, ...options });
}
