import type { FacetDistribution } from "meilisearch";
import type { FacetValue, FilterField } from "../contract";
import { FILTER_FIELDS } from "../contract";
import { emptyFacets, sortFacetValues } from "../hits";
import { decodeLabelled, facetAttribute } from "./fields";

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
