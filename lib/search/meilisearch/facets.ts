import type { FacetDistribution } from "meilisearch";
import type { FacetValue, FilterField } from "../contract";
import { FILTER_FIELDS } from "../contract";
import { emptyFacets, sortFacetValues } from "../hits";
import { decodeLabelled, facetAttribute } from "./fields";
import { MAX_TOTAL_HITS } from "./settings";

/**
 * Facet values from Meilisearch's distribution of the l_* attributes, whose values carry
 * their label ("jensen-huang␟Jensen Huang"). Labels so come from the documents themselves,
 * for every value counted, not only for those on the current page. Should one value reach
 * the index under two labels (a rename half re-indexed), its counts are added up and the
 * label of the larger count is kept: each document holds a value once, under one label.
 */
export function facetsFromDistribution(distribution: FacetDistribution | undefined): Record<FilterField, FacetValue[]> {
  const facets = emptyFacets();
  if (!distribution) return facets;
  for (const field of FILTER_FIELDS as readonly FilterField[]) {
    const counts = distribution[facetAttribute(field)];
    if (!counts) continue;
    const byValue = new Map<string, { label: string; count: number; labelCount: number }>();
    for (const [encoded, count] of Object.entries(counts)) {
      const { value, label } = decodeLabelled(encoded);
      const seen = byValue.get(value);
      if (!seen) byValue.set(value, { label, count, labelCount: count });
      else {
        seen.count += count;
        if (count > seen.labelCount) Object.assign(seen, { label, labelCount: count });
      }
    }
    facets[field] = sortFacetValues([...byValue].map(([value, { label, count }]) => ({ value, label, count })));
  }
  return facets;
}

/**
 * Which counts Meilisearch estimated. An offset/limit answer carries only estimatedTotalHits;
 * page/hitsPerPage count the hits and the facets exhaustively, the hits up to maxTotalHits.
 */
export function countsOf(response: { totalHits?: number; estimatedTotalHits?: number }): {
  total: number;
  totalIsEstimate: boolean;
  facetsAreEstimates: boolean;
} {
  if (response.totalHits === undefined) return { total: response.estimatedTotalHits ?? 0, totalIsEstimate: true, facetsAreEstimates: true };
  return { total: response.totalHits, totalIsEstimate: response.totalHits >= MAX_TOTAL_HITS, facetsAreEstimates: false };
}
