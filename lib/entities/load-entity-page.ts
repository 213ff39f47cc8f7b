import "server-only";
import type { Db } from "../db/client";
import type { SearchQuery, SearchResult } from "../search/contract";
import { findEntityFacets, type EntityFacets } from "./entity-facets";
import { findEntityPage, type EntityPage } from "./find-entity-page";

export interface EntityPageData {
  entity: EntityPage;
  /** "unavailable" when the search engine failed: the page still shows what the database holds. */
  facets: EntityFacets | "none" | "unavailable";
}

export async function loadEntityPage(
  db: Db,
  slug: string,
  search: (query: SearchQuery) => Promise<SearchResult>,
): Promise<EntityPageData | null> {
  const entity = await findEntityPage(db, slug);
  if (!entity) return null;
  try {
    return { entity, facets: (await findEntityFacets(entity, search)) ?? "none" };
  } catch (error) {
    console.error(`facets for entity ${slug} failed`, error);
    return { entity, facets: "unavailable" };
  }
}
