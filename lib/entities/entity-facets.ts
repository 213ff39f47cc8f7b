import type { EntityKind } from "../db/generated/enums";
import type { FacetValue, FilterField, SearchQuery, SearchResult } from "../search/contract";

// The search page's facets, scoped to one entity. The scope is the search filter that finds
// the entity's claims: `speaker` for a person, `org` for an organisation (its own claims and
// its people's), `entity` for a product, which is only ever spoken about. When that finds
// nothing, claims about the entity are the next best scope.

export type ScopeField = Extract<FilterField, "speaker" | "org" | "entity">;

export const ENTITY_FACET_FIELDS = ["status", "sourceType", "publisher", "tag", "lang"] as const satisfies readonly FilterField[];
export type EntityFacetField = (typeof ENTITY_FACET_FIELDS)[number];

const SCOPES: Record<EntityKind, ScopeField[]> = {
  PERSON: ["speaker", "entity"],
  ORGANIZATION: ["org", "entity"],
  PRODUCT: ["entity"],
};

export interface EntityFacets {
  scope: ScopeField;
  /** Search documents (quotes, and figures without quotes) in the scope. */
  total: number;
  facets: Record<EntityFacetField, FacetValue[]>;
}

type Search = (query: SearchQuery) => Promise<SearchResult>;

/** The first scope with results, and its facet counts; null when no scope finds anything. */
export async function findEntityFacets(entity: { slug: string; kind: EntityKind }, search: Search): Promise<EntityFacets | null> {
  for (const scope of SCOPES[entity.kind]) {
    // One hit is enough: only the total and the facet counts are read.
    const result = await search({ q: "", filters: { [scope]: [entity.slug] }, sort: "newest", page: 1, perPage: 1 });
    if (result.total > 0) {
      const facets = Object.fromEntries(ENTITY_FACET_FIELDS.map((field) => [field, result.facets[field] ?? []])) as Record<
        EntityFacetField,
        FacetValue[]
      >;
      return { scope, total: result.total, facets };
    }
  }
  return null;
}
