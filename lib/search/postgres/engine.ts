import "server-only";
import type { Db } from "../../db/client";
import type {
  EngineHealth,
  EntityDocument,
  EntityQuery,
  EntityResult,
  FacetValue,
  FilterField,
  RebuildProgress,
  SearchDocument,
  SearchEngine,
  SearchQuery,
  SearchResult,
} from "../contract";
import { emptyFacets, sortFacetValues, toHit } from "../hits";
import { matcherFor, parseQuery, type ParsedQuery } from "../query";
import { removeEntities, replaceEntities, searchEntities, writeEntities } from "./entities";
import { DEFAULT_LIMITS, buildSearchSql, type SearchLimits } from "./search-sql";
import { createRebuildTable, indexRebuildTable, swapInRebuiltTable, writeDocuments, type DocumentTable } from "./write";

/** Meilisearch, too, considers at most ten query words. */
const MAX_WORDS = 10;

function parseWords(q: string): ParsedQuery {
  const parsed = parseQuery(q);
  return { ...parsed, parts: parsed.parts.slice(0, MAX_WORDS) };
}

interface ResultRow {
  total: number;
  total_is_estimate: boolean;
  facets_are_estimates: boolean;
  page: SearchDocument[] | null;
  facets: { field: FilterField; value: string; label: string | null; count: number }[] | null;
}

/**
 * The embedded default: search in the same Postgres, over a tsvector written from our own
 * terms (GIN), with typo variants from a deletion neighbourhood, in one statement per search. Ranking follows Meilisearch's rules in order;
 * docs/SEARCH.md says where it only approximates them.
 */
export class PostgresEngine implements SearchEngine {
  readonly name = "postgres" as const;

  constructor(
    private readonly db: Db,
    private readonly limits: SearchLimits = DEFAULT_LIMITS,
  ) {}

  async prepare(): Promise<void> {
    // The tables come with the migrations; nothing else to set up.
  }

  async checkHealth(): Promise<EngineHealth> {
    // The engine is the app's own database, whose health /api/health reports already.
    return { status: "ok" };
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const parsed = parseWords(query.q);
    const { sql, params } = buildSearchSql(query, parsed, this.limits);
    const [row] = await this.db.$queryRawUnsafe<ResultRow[]>(sql, ...params);
    const isMatch = matcherFor(parsed);
    const facets = emptyFacets();
    for (const facet of row?.facets ?? []) {
      facets[facet.field].push({ value: facet.value, label: facet.label ?? facet.value, count: facet.count } satisfies FacetValue);
    }
    for (const name of Object.keys(facets) as FilterField[]) facets[name] = sortFacetValues(facets[name]);
    return {
      total: row?.total ?? 0,
      totalIsEstimate: row?.total_is_estimate ?? false,
      facetsAreEstimates: row?.facets_are_estimates ?? false,
      page: query.page,
      perPage: query.perPage,
      hits: (row?.page ?? []).map((document) => toHit(document, isMatch, query.languages)),
      facets,
    };
  }

  searchEntities(query: EntityQuery): Promise<EntityResult> {
    return searchEntities(this.db, query, parseWords(query.q));
  }

  upsertEntities(documents: EntityDocument[]): Promise<void> {
    return writeEntities(this.db, documents);
  }

  removeEntities(documentIds: string[]): Promise<void> {
    return removeEntities(this.db, documentIds);
  }

  rebuildEntities(documents: EntityDocument[]): Promise<void> {
    return replaceEntities(this.db, documents);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    await writeDocuments(this.db, "search_documents", documents);
  }

  async remove(documentIds: string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await this.db.$executeRawUnsafe(`DELETE FROM search_documents WHERE id = ANY($1::text[])`, documentIds);
  }

  async rebuild(batches: AsyncIterable<SearchDocument[]>, total: number, onProgress?: (progress: RebuildProgress) => void): Promise<void> {
    const table: DocumentTable = "search_documents_rebuild";
    await this.db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${table}`);
    await createRebuildTable(this.db);
    let done = 0;
    for await (const documents of batches) {
      await writeDocuments(this.db, table, documents);
      done += documents.length;
      onProgress?.({ done, total });
    }
    await indexRebuildTable(this.db);
    await swapInRebuiltTable(this.db);
  }
}
