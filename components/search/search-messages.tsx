import { searchPath } from "@/lib/routes";
import { describeProblem } from "./search-model";
import { hrefOf, withPage } from "./search-url";
import type { ActiveFilter } from "./active-filters";
import type { Follow } from "./search-page";
import styles from "./search.module.css";

/** Nothing found: say so, and offer ways out (each filter dropped, spelling, a fresh start). */
export function NoResults({
  q,
  total,
  pages,
  params,
  filters,
  follow,
}: {
  q: string;
  total: number;
  pages: number;
  params: URLSearchParams;
  filters: ActiveFilter[];
  follow: Follow;
}) {
  if (total > 0) {
    // A page past the end (an old or edited address).
    const last = withPage(params, pages);
    return (
      <div className={styles.message} data-testid="no-results">
        <h3>This page is past the end of the results</h3>
        <p>
          <a href={hrefOf(last)} onClick={(event) => follow(event, last)}>
            Go to the last page (page {pages})
          </a>
        </p>
      </div>
    );
  }
  return (
    <div className={styles.message} data-testid="no-results">
      <h3>
        {q ? (
          <>
            No claims match “{q}”{filters.length ? " with these filters" : ""}
          </>
        ) : (
          "No claims match these filters"
        )}
      </h3>
      <ul className={styles.suggestions}>
        {filters.length ? (
          <li>
            Drop a filter:{" "}
            <span className={styles.dropList}>
              {filters.map((filter) => (
                <a key={filter.id} className={styles.chip} href={hrefOf(filter.without)} onClick={(event) => follow(event, filter.without)}>
                  <span className="sr-only">Remove filter </span>
                  {filter.label}
                  <span className={styles.chipX} aria-hidden="true">
                    ×
                  </span>
                </a>
              ))}
            </span>
          </li>
        ) : null}
        {q ? (
          <li>
            Check the spelling, or try fewer or other words. Names and terms work in English and Chinese: <span lang="zh-Hant">黃仁勳</span>{" "}
            finds Jensen Huang, <span lang="zh-Hant">通義千問</span> finds Qwen.
          </li>
        ) : null}
        <li>
          <a href={searchPath()} onClick={(event) => follow(event, new URLSearchParams())}>
            Start again with every claim
          </a>
        </li>
      </ul>
    </div>
  );
}

/** The API (or the network) failed: say which, keep the form usable, offer to try again. */
export function SearchFailed({ offline, message, onRetry }: { offline: boolean; message: string; onRetry: () => void }) {
  return (
    <div className={styles.message} role="alert" data-testid="search-error">
      <h3>{offline ? "Could not reach Claimtrail" : "Search is not answering"}</h3>
      <p>{offline ? "Your device seems to be offline, or the connection dropped. Check it and try again." : message}</p>
      <button type="button" className={styles.applyButton} onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

/** An address with parameters the search cannot read: say which, and how to get going again. */
export function InvalidSearch({ fields, q }: { fields: Record<string, string>; q: string }) {
  const problems = Object.entries(fields);
  return (
    <div className={styles.message} data-testid="invalid-search">
      <h3>This search address has settings we cannot read</h3>
      {problems.length ? (
        <ul className={styles.suggestions}>
          {problems.map(([field, message]) => (
            <li key={field}>{describeProblem(field, message)}</li>
          ))}
        </ul>
      ) : null}
      <p>
        {q.length <= 512 && q ? (
          <>
            <a href={searchPath({ q })}>Search for “{q}” without them</a> or <a href={searchPath()}>start again</a>.
          </>
        ) : (
          <a href={searchPath()}>Start a new search</a>
        )}
      </p>
    </div>
  );
}
