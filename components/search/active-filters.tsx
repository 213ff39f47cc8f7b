import { FILTER_FIELDS } from "@/lib/search/contract";
import { formatIsoPartialDate } from "@/lib/domain/partial-date";
import { FIELD_LABELS, valueLabel, type SearchPageResult } from "./search-model";
import { hrefOf, withoutValue, type PageState } from "./search-url";
import type { Follow } from "./search-page";
import styles from "./search.module.css";

export interface ActiveFilter {
  id: string;
  label: string;
  /** The same search without this filter. */
  without: URLSearchParams;
}

/** Every filter and date bound in force, each with the address that drops it. */
export function activeFilters(params: URLSearchParams, state: PageState, result: SearchPageResult | null): ActiveFilter[] {
  const filters: ActiveFilter[] = FILTER_FIELDS.flatMap((field) =>
    (state.filters[field] ?? []).map((value) => ({
      id: `${field}=${value}`,
      label: `${FIELD_LABELS[field]}: ${valueLabel(result ?? undefined, field, value)}`,
      without: withoutValue(params, field, value),
    })),
  );
  if (state.from) filters.push({ id: "from", label: `From ${formatIsoPartialDate(state.from)}`, without: withoutValue(params, "from") });
  if (state.to) filters.push({ id: "to", label: `To ${formatIsoPartialDate(state.to)}`, without: withoutValue(params, "to") });
  return filters;
}

/** The filters in force as removable chips. */
export function ActiveFilters({ filters, clearAll, follow }: { filters: ActiveFilter[]; clearAll: URLSearchParams; follow: Follow }) {
  if (!filters.length) return null;
  return (
    <div className={styles.chips}>
      <h3 className="sr-only">Active filters</h3>
      <ul className={styles.chipList}>
        {filters.map((filter) => (
          <li key={filter.id}>
            <a
              className={styles.chip}
              href={hrefOf(filter.without)}
              onClick={(event) => follow(event, filter.without)}
              data-testid="filter-chip"
            >
              <span className="sr-only">Remove filter </span>
              {filter.label}
              <span className={styles.chipX} aria-hidden="true">
                ×
              </span>
            </a>
          </li>
        ))}
        {filters.length > 1 ? (
          <li>
            <a className={styles.clearAll} href={hrefOf(clearAll)} onClick={(event) => follow(event, clearAll)}>
              Clear all filters
            </a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
