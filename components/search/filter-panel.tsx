import { useEffect, useRef } from "react";
import type { FacetValue, FilterField } from "@/lib/search/contract";
import { FACET_FIELDS, FIELD_LABELS, resultCount, valueLabel, type SearchPageResult } from "./search-model";
import { hrefOf, toggleValue, type PageState } from "./search-url";
import type { Follow } from "./search-page";
import styles from "./search.module.css";

/** Values listed before "more"; chosen values are always listed. */
const SHOWN = 6;
const WIDE = "(min-width: 56em)";

interface FilterPanelProps {
  params: URLSearchParams;
  state: PageState;
  result: SearchPageResult | null;
  activeCount: number;
  follow: Follow;
}

/** Date range and facets: a sidebar on wide screens, a disclosure above the results on narrow ones. */
export function FilterPanel({ params, state, result, activeCount, follow }: FilterPanelProps) {
  const details = useRef<HTMLDetailsElement>(null);

  // Always open as a sidebar (its summary is hidden there); closed by default on phones.
  // Without JavaScript, the stylesheet shows the sidebar's content all the same.
  useEffect(() => {
    const wide = window.matchMedia(WIDE);
    const sync = () => {
      if (details.current) details.current.open = wide.matches;
    };
    sync();
    wide.addEventListener("change", sync);
    return () => wide.removeEventListener("change", sync);
  }, []);

  // Phones: the results are below a long panel; close it and go to them.
  function showResults() {
    if (details.current) details.current.open = false;
    document.getElementById("results")?.scrollIntoView({ block: "start" });
    document.getElementById("results-heading")?.focus();
  }

  return (
    <aside className={styles.sidebar} aria-labelledby="filters-heading">
      <h2 id="filters-heading" className={styles.filtersHeading}>
        Filters
      </h2>
      <details ref={details} className={styles.filters}>
        <summary className={styles.filtersSummary}>
          Filters{activeCount ? <span className={styles.activeCount}>{activeCount} active</span> : null}
        </summary>
        <div className={styles.filtersBody}>
          <fieldset className={styles.dates}>
            <legend className={styles.facetHeading}>Date said</legend>
            <div className={styles.dateFields}>
              <label>
                <span>From</span>
                <input key={`from-${state.from}`} type="date" name="from" form="search-form" defaultValue={state.from} />
              </label>
              <label>
                <span>To</span>
                <input key={`to-${state.to}`} type="date" name="to" form="search-form" defaultValue={state.to} />
              </label>
            </div>
            <p className={styles.dateRule}>A claim dated only to a month or a year is included when any part of it falls in these dates.</p>
            <button type="submit" form="search-form" className={styles.applyButton}>
              Apply dates
            </button>
          </fieldset>
          {result ? (
            <button type="button" className={styles.showResults} onClick={showResults}>
              Show {resultCount(result)}
            </button>
          ) : null}
          {result
            ? FACET_FIELDS.map((field) => (
                <FacetSection
                  key={field}
                  field={field}
                  values={withChosen(result, field, state.filters[field] ?? [])}
                  params={params}
                  chosen={state.filters[field] ?? []}
                  follow={follow}
                />
              ))
            : null}
        </div>
      </details>
    </aside>
  );
}

/** The facet's values, plus any chosen value the search no longer finds (count 0), so it can be unticked. */
function withChosen(result: SearchPageResult, field: FilterField, chosen: string[]): FacetValue[] {
  const counted = result.facets[field];
  const missing = chosen.filter((value) => !counted.some((facet) => facet.value === value));
  return [...missing.map((value) => ({ value, label: valueLabel(result, field, value), count: 0 })), ...counted];
}

interface FacetSectionProps {
  field: FilterField;
  values: FacetValue[];
  chosen: string[];
  params: URLSearchParams;
  follow: Follow;
}

function FacetSection({ field, values, chosen, params, follow }: FacetSectionProps) {
  if (!values.length) return null;
  const isChosen = (value: FacetValue) => chosen.includes(value.value);
  const first = values.filter((value, i) => i < SHOWN || isChosen(value));
  const more = values.filter((value, i) => i >= SHOWN && !isChosen(value));
  const item = (value: FacetValue) => {
    const next = toggleValue(params, field, value.value);
    const on = isChosen(value);
    return (
      <li key={value.value}>
        <a
          className={styles.facetLink}
          href={hrefOf(next)}
          onClick={(event) => follow(event, next)}
          data-on={on || undefined}
          data-count={value.count}
        >
          <span className={styles.check} aria-hidden="true" />
          <span className={styles.facetLabel}>{value.label}</span>
          <span className={styles.facetCount}>
            {value.count}
            <span className="sr-only"> {value.count === 1 ? "result" : "results"}</span>
          </span>
          {on ? <span className="sr-only">, filter on</span> : null}
        </a>
      </li>
    );
  };
  return (
    <section className={styles.facet} aria-labelledby={`facet-${field}-heading`}>
      <h3 id={`facet-${field}-heading`} className={styles.facetHeading}>
        {FIELD_LABELS[field]}
      </h3>
      <ul className={styles.facetList}>{first.map(item)}</ul>
      {more.length ? (
        <details className={styles.more}>
          <summary>{more.length} more</summary>
          <ul className={styles.facetList}>{more.map(item)}</ul>
        </details>
      ) : null}
    </section>
  );
}
