import "server-only";
import type { Db } from "../db/client";
import { readEnv } from "../env";
import type { SearchEngine } from "./contract";
import { MeilisearchEngine } from "./meilisearch/engine";
import { PostgresEngine } from "./postgres/engine";

/** Meilisearch when MEILI_URL is set; otherwise the Postgres engine in the app's database. */
export function createSearchEngine(db: Db): SearchEngine {
  const env = readEnv();
  if (env.MEILI_URL) {
    return new MeilisearchEngine({
      url: env.MEILI_URL,
      apiKey: env.MEILI_ADMIN_KEY,
      searchKey: env.MEILI_SEARCH_KEY,
      indexUid: env.MEILI_INDEX ?? "claims",
    });
  }
  return new PostgresEngine(db);
}
