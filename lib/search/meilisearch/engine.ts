import { ErrorStatusCode, Meilisearch, MeilisearchApiError } from "meilisearch";
import type { Index, Settings, WaitOptions } from "meilisearch";
import type {
  EngineHealth,
  EntityDocument,
  EntityQuery,
  EntityResult,
  RebuildProgress,
  SearchDocument,
  SearchEngine,
  SearchQuery,
  SearchResult,
} from "../contract";
import { toEntityHit } from "../entity-document";
import { toHit } from "../hits";
import { matcherFor } from "../query";
import { toMeiliDocument, type MeiliDocument } from "./documents";
import {
  buildEntityIndexSettings,
  buildEntityQueries,
  entityIndexUid,
  kindCountsOf,
  toMeiliEntityDocument,
  type MeiliEntityDocument,
} from "./entity-index";
import { countsOf, facetsFromDistribution } from "./facets";
import { PRIMARY_KEY } from "./fields";
import { buildOwnFilterFacetParams, buildQueryString, buildSearchParams, ownFilterFacetFields, parseSearchQuery } from "./request";
import { buildIndexSettings } from "./settings";
import { MeilisearchTaskError, awaitTaskSucceeded } from "./tasks";

export interface MeilisearchEngineOptions {
  url: string;
  /** The admin key: it writes settings and documents, so it is only ever used server-side. */
  apiKey?: string;
  /** A key allowed only to search; searches use the admin key when none is given. */
  searchKey?: string;
  indexUid: string;
  /** How long to wait for one task (an index creation, a batch of documents). */
  taskTimeoutMs?: number;
  /** How long one search or health request may take before the engine counts as unavailable. */
  searchTimeoutMs?: number;
  /** How long one write request (documents, settings, a task's status) may take. */
  writeTimeoutMs?: number;
}

const DEFAULT_TASK_TIMEOUT_MS = 120_000;
const TASK_POLL_INTERVAL_MS = 50;
// A reader hears "search is unavailable" within 2 s of a hung server, the page included.
const DEFAULT_SEARCH_TIMEOUT_MS = 1_500;
const DEFAULT_WRITE_TIMEOUT_MS = 30_000;

export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  readonly indexUid: string;
  readonly entityIndexUid: string;
  // Private, so neither the client nor its key can leave this object.
  readonly #client: Meilisearch;
  readonly #searchClient: Meilisearch;
  readonly #wait: WaitOptions;

  constructor(options: MeilisearchEngineOptions) {
    this.indexUid = options.indexUid;
    this.entityIndexUid = entityIndexUid(options.indexUid);
    this.#wait = { timeout: options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS, interval: TASK_POLL_INTERVAL_MS };
    // Every request has a deadline: a server that accepts connections and never answers must
    // not hold a page, an edit's duplicate check or the worker for the socket's lifetime.
    this.#client = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey,
      defaultWaitOptions: this.#wait,
      timeout: options.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS,
    });
    this.#searchClient = new Meilisearch({
      host: options.url,
      apiKey: options.searchKey ?? options.apiKey,
      timeout: options.searchTimeoutMs ?? DEFAULT_SEARCH_TIMEOUT_MS,
    });
  }

  #index(uid = this.indexUid): Index<MeiliDocument> {
    return this.#client.index<MeiliDocument>(uid);
  }

  async #exists(uid: string): Promise<boolean> {
    try {
      await this.#client.getRawIndex(uid);
      return true;
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === ErrorStatusCode.INDEX_NOT_FOUND) return false;
      throw error;
    }
  }

  /** Creates `uid` unless it exists (another process may just have made it), each step checked. */
  async #ensureIndex(uid: string): Promise<void> {
    if (await this.#exists(uid)) return;
    try {
      await awaitTaskSucceeded(this.#client.createIndex(uid, { primaryKey: PRIMARY_KEY }), this.#wait);
    } catch (error) {
      if (error instanceof MeilisearchTaskError && error.task.error?.code === ErrorStatusCode.INDEX_ALREADY_EXISTS) return;
      throw error;
    }
  }

  async #applySettings(uid: string, settings: Settings): Promise<void> {
    await awaitTaskSucceeded(this.#index(uid).updateSettings(settings), this.#wait);
  }

  async prepare(): Promise<void> {
    for (const [uid, settings] of [
      [this.indexUid, buildIndexSettings()],
      [this.entityIndexUid, buildEntityIndexSettings()],
    ] as const) {
      await this.#ensureIndex(uid);
      // Applied every time: an unchanged setting is a no-op for Meilisearch, and a changed one
      // (a new filter field) reaches the existing index without a rebuild.
      await this.#applySettings(uid, settings);
    }
  }

  async checkHealth(): Promise<EngineHealth> {
    try {
      await this.#searchClient.health();
      return { status: "ok" };
    } catch (error) {
      return { status: "unavailable", reason: (error as Error).message };
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const parsed = parseSearchQuery(query.q);
    const q = buildQueryString(parsed);
    // One multi-search: the page of hits with every facet, and one query per filtered field
    // counting that field's facet without its own filter (so ticking a speaker keeps the others).
    const own = ownFilterFacetFields(query);
    const queries = [buildSearchParams(query, parsed), ...own.map((field) => buildOwnFilterFacetParams(query, field, parsed))].map(
      (params) => ({ indexUid: this.indexUid, q, ...params }),
    );
    const { results } = await this.#searchClient.multiSearch<{ queries: typeof queries }, Pick<MeiliDocument, "doc">>({ queries });
    const [response, ...ownCounts] = results;
    const facets = facetsFromDistribution(response!.facetDistribution);
    own.forEach((field, i) => (facets[field] = facetsFromDistribution(ownCounts[i]!.facetDistribution)[field]));
    const isMatch = matcherFor(parsed);
    return {
      ...countsOf(response!),
      page: query.page,
      perPage: query.perPage,
      // Built and highlighted by our own code from the stored document, never from engine HTML.
      hits: response!.hits.map((hit) => toHit(hit.doc, isMatch, query.languages)),
      facets,
    };
  }

  async #add(uid: string, documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    // addDocuments replaces whole documents, so a field emptied in the database empties here too.
    await awaitTaskSucceeded(this.#index(uid).addDocuments(documents.map(toMeiliDocument), { primaryKey: PRIMARY_KEY }), this.#wait);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    await this.#add(this.indexUid, documents);
  }

  async remove(documentIds: string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await awaitTaskSucceeded(this.#index().deleteDocuments(documentIds), this.#wait);
  }

  /**
   * Fills a fresh index beside the live one, then swaps them in one atomic task, so searches
   * keep answering from the old index until the new one is complete. Changes written to the
   * live index while the rebuild runs are not carried over: replay them after it returns.
   */
  async rebuild(batches: AsyncIterable<SearchDocument[]>, total: number, onProgress?: (progress: RebuildProgress) => void): Promise<void> {
    let done = 0;
    await this.#rebuildIndex(this.indexUid, buildIndexSettings(), async (fresh) => {
      for await (const batch of batches) {
        await this.#add(fresh, batch);
        done += batch.length;
        onProgress?.({ done, total });
      }
    });
  }

  async rebuildEntities(documents: EntityDocument[]): Promise<void> {
    await this.#rebuildIndex(this.entityIndexUid, buildEntityIndexSettings(), (fresh) => this.#addEntities(fresh, documents));
  }

  async #rebuildIndex(live: string, settings: Settings, fill: (fresh: string) => Promise<void>): Promise<void> {
    const fresh = `${live}_rebuild_${Date.now()}`;
    try {
      await awaitTaskSucceeded(this.#client.createIndex(fresh, { primaryKey: PRIMARY_KEY }), this.#wait);
      await this.#applySettings(fresh, settings);
      await fill(fresh);
      // On a first build there is nothing to swap with yet: an empty live index stands in.
      await this.#ensureIndex(live);
      await awaitTaskSucceeded(this.#client.swapIndexes([{ indexes: [live, fresh], rename: false }]), this.#wait);
    } catch (error) {
      await this.#dropQuietly(fresh);
      throw error;
    }
    // After the swap, `fresh` names the old documents.
    await awaitTaskSucceeded(this.#client.deleteIndex(fresh), this.#wait);
  }

  async searchEntities(query: EntityQuery): Promise<EntityResult> {
    const { results } = await this.#searchClient.multiSearch<
      { queries: ReturnType<typeof buildEntityQueries> },
      Pick<MeiliEntityDocument, "doc">
    >({
      queries: buildEntityQueries(this.entityIndexUid, query),
    });
    const [page, counts] = results;
    const isMatch = matcherFor(parseSearchQuery(query.q));
    return {
      total: page!.totalHits ?? 0,
      page: query.page,
      perPage: query.perPage,
      hits: page!.hits.map((hit) => toEntityHit(hit.doc, isMatch)),
      kinds: kindCountsOf(counts!.facetDistribution),
    };
  }

  async #addEntities(uid: string, documents: EntityDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await awaitTaskSucceeded(
      this.#client.index<MeiliEntityDocument>(uid).addDocuments(documents.map(toMeiliEntityDocument), { primaryKey: PRIMARY_KEY }),
      this.#wait,
    );
  }

  upsertEntities(documents: EntityDocument[]): Promise<void> {
    return this.#addEntities(this.entityIndexUid, documents);
  }

  async removeEntities(documentIds: string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await awaitTaskSucceeded(this.#client.index(this.entityIndexUid).deleteDocuments(documentIds), this.#wait);
  }

  async #dropQuietly(uid: string): Promise<void> {
    try {
      await this.#client.deleteIndex(uid).waitTask(this.#wait);
    } catch {
      // The original error matters more; a leftover index is named for what it is.
    }
  }
}
