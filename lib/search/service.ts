import "server-only";
import { db } from "../db/client";
import type { EntityHit, EntityQuery, EntityResult, SearchEngine, SearchQuery, SearchResult } from "./contract";
import { AnswerCache } from "./answer-cache";
import { createSearchEngine } from "./engine";
import { newestAppliedUpdate } from "./index-lag";

const holder = globalThis as unknown as { claimtrailSearchEngine?: SearchEngine; claimtrailSearchAnswers?: AnswerCache<string> };

/** The process's search engine, chosen once from the environment. */
export function searchEngine(): SearchEngine {
  holder.claimtrailSearchEngine ??= createSearchEngine(db());
  return holder.claimtrailSearchEngine;
}

export interface TimedSearchResult extends SearchResult {
  engine: SearchEngine["name"];
  tookMs: number;
}

export async function searchClaims(query: SearchQuery): Promise<TimedSearchResult> {
  const engine = searchEngine();
  const started = performance.now();
  const result = await engine.search(query);
  return { engine: engine.name, ...result, tookMs: Math.round(performance.now() - started) };
}

/** The claims, and up to `suggest` entities matching the words (none for an empty query), side by side. */
export async function searchWithSuggestions(query: SearchQuery, suggest: number): Promise<TimedSearchResult & { entities?: EntityHit[] }> {
  const [result, entities] = await Promise.all([
    searchClaims(query),
    suggest && query.q.trim() ? searchEntities({ q: query.q, kinds: [], page: 1, perPage: suggest }) : null,
  ]);
  return entities ? { ...result, entities: entities.hits } : result;
}

/** The process's stored answers of GET /api/search (lib/search/answer-cache.ts). */
export function searchAnswers(): AnswerCache<string> {
  holder.claimtrailSearchAnswers ??= new AnswerCache(() => newestAppliedUpdate(db()));
  return holder.claimtrailSearchAnswers;
}

/** GET /api/search's JSON: identical requests share one answer until the index changes. */
export function searchAnswerJson(query: SearchQuery, languages: string[], suggest: number): Promise<string> {
  return searchAnswers().answer(JSON.stringify([query, languages, suggest]), async () => {
    const { engine, tookMs, ...result } = await searchWithSuggestions({ ...query, languages }, suggest);
    return JSON.stringify({ engine, query, ...result, tookMs });
  });
}

/** People, organisations and products: the search box's suggestions and the /entities list. */
export function searchEntities(query: EntityQuery): Promise<EntityResult> {
  return searchEngine().searchEntities(query);
}
