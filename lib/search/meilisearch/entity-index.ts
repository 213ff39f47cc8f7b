import type { MultiSearchQuery, Settings } from "meilisearch";
import type { EntityDocument, EntityKindName, EntityQuery } from "../contract";
import { ENTITY_KINDS } from "../contract";
import { ENTITY_TIERS, emptyKindCounts, entitySortName, entityTierTexts } from "../entity-document";
import { normalizeText } from "../text";
import { LOCALES, PAYLOAD_ATTRIBUTE, PRIMARY_KEY } from "./fields";
import { buildQueryString, parseSearchQuery, quoteFilterValue } from "./request";
import { MAX_TOTAL_HITS, TEXT_SETTINGS } from "./settings";

// The entity index beside the claims index: the same normalised text, tokens, typo budget
// and locales, one searchable attribute per declared tier (entity-document.ts), every word
// required; ordered as the Postgres engine orders search_entities.

export const entityIndexUid = (claimsIndexUid: string) => `${claimsIndexUid}_entities`;

const SORT_NAME = "sortName";
const CLAIM_COUNT = "claimCount";
const KIND = "kind";

export type MeiliEntityDocument = { id: string; doc: EntityDocument; kind: EntityKindName; sortName: string; claimCount: number } & Record<
  `${(typeof ENTITY_TIERS)[number]}_norm`,
  string[]
>;

export function toMeiliEntityDocument(doc: EntityDocument): MeiliEntityDocument {
  const texts = entityTierTexts(doc);
  const normalized = (list: string[]) => [...new Set(list.map(normalizeText).filter(Boolean))];
  return {
    id: doc.id,
    doc,
    kind: doc.kind,
    sortName: entitySortName(doc),
    claimCount: doc.claimCount,
    names_norm: normalized(texts.names),
    related_norm: normalized(texts.related),
  };
}

const ENTITY_RANKING_RULES = [
  "sort",
  "words",
  "typo",
  "proximity",
  "attributeRank",
  "exactness",
  `${CLAIM_COUNT}:desc`,
  `${SORT_NAME}:asc`,
  `${PRIMARY_KEY}:asc`,
];

export function buildEntityIndexSettings(): Settings {
  return {
    searchableAttributes: ENTITY_TIERS.map((tier) => `${tier}_norm`),
    filterableAttributes: [KIND],
    sortableAttributes: [SORT_NAME, PRIMARY_KEY],
    rankingRules: ENTITY_RANKING_RULES,
    facetSearch: false,
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    ...TEXT_SETTINGS,
    displayedAttributes: [PRIMARY_KEY, PAYLOAD_ATTRIBUTE],
  };
}

/** Two queries for one multi-search: the page (kind-filtered), and the kinds counted without that filter. */
export function buildEntityQueries(indexUid: string, query: EntityQuery): MultiSearchQuery[] {
  const parsed = parseSearchQuery(query.q);
  const q = buildQueryString(parsed);
  const shared = {
    indexUid,
    q,
    matchingStrategy: "all" as const,
    locales: LOCALES,
    ...(parsed.parts.length ? {} : { sort: [`${SORT_NAME}:asc`, `${PRIMARY_KEY}:asc`] }),
  };
  const kinds = query.kinds.length ? [query.kinds.map((kind) => `${KIND} = ${quoteFilterValue(kind)}`)] : undefined;
  return [
    {
      ...shared,
      ...(kinds ? { filter: kinds } : {}),
      page: query.page,
      hitsPerPage: query.perPage,
      attributesToRetrieve: [PAYLOAD_ATTRIBUTE],
    },
    { ...shared, page: 1, hitsPerPage: 0, facets: [KIND] },
  ];
}

export function kindCountsOf(distribution: Record<string, Record<string, number>> | undefined): Record<EntityKindName, number> {
  const counts = emptyKindCounts();
  for (const kind of ENTITY_KINDS) counts[kind] = distribution?.[KIND]?.[kind] ?? 0;
  return counts;
}
