"use client";

import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent, type MouseEvent } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import type { EntityHit, SearchResult } from "@/lib/search/contract";
import { entityPath } from "@/lib/routes";
import { FILTER_FIELDS, SORTS } from "@/lib/search/contract";
import { pageCount, pageResult, resultCount, unnamedChoices, withLabels, type SearchOutcome, type SearchView } from "./search-model";
import { hrefOf, pageState, SEARCH_DEBOUNCE_MS, searchParamsOf, withoutFilters } from "./search-url";
import { ActiveFilters, activeFilters } from "./active-filters";
import { EntitySuggestions, SUGGESTIONS, SUGGESTIONS_ID, suggestionId } from "./entity-suggestions";
import { FilterPanel } from "./filter-panel";
import { Pager } from "./pager";
import { ResultList } from "./result-list";
import { InvalidSearch, NoResults, SearchFailed } from "./search-messages";
import styles from "./search.module.css";

const SORT_LABELS: Record<string, string> = { relevance: "Relevance", newest: "Newest first", oldest: "Oldest first" };

/** Answers already shown, so back and forward redraw at once: successful ones, the last 30, for 5 minutes. */
const answered = new Map<string, { outcome: SearchOutcome; at: number }>();
const ANSWER_TTL_MS = 5 * 60_000;
function remember({ key, outcome }: SearchView) {
  if (outcome.kind !== "results") return;
  answered.delete(key);
  answered.set(key, { outcome, at: Date.now() });
  if (answered.size > 30) answered.delete(answered.keys().next().value!);
}
function recall(key: string): SearchOutcome | null {
  const entry = answered.get(key);
  return entry && Date.now() - entry.at < ANSWER_TTL_MS ? entry.outcome : null;
}

async function errorBody(response: Response): Promise<{ message?: string; fields?: Record<string, string> }> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string; fields?: Record<string, string> } } | null;
  return body?.error ?? {};
}

/** GET /api/search for these parameters (facets come counted without their own filter). */
async function fetchOutcome(params: URLSearchParams, signal: AbortSignal): Promise<SearchOutcome> {
  const get = (query: URLSearchParams) => fetch(`/api/search?${query}`, { signal, headers: { accept: "application/json" } });
  let main: Response;
  try {
    // The suggestions come in the same answer: one request per pause in the typing.
    main = await get(new URLSearchParams([...params, ["suggest", String(SUGGESTIONS)]]));
  } catch (error) {
    if (signal.aborted) throw error;
    return { kind: "offline" };
  }
  if (main.status === 400) return { kind: "invalid", fields: (await errorBody(main)).fields ?? {} };
  if (!main.ok)
    return { kind: "unavailable", message: (await errorBody(main)).message ?? `Search answered with an error (HTTP ${main.status}).` };
  const result = (await main.json()) as SearchResult & { entities?: EntityHit[] };
  const page = pageResult(result);
  const unnamed = unnamedChoices(page, pageState(params).filters);
  if (!unnamed.length) return { kind: "results", result: page };
  const everything = await get(new URLSearchParams({ perPage: "1" })).catch((error: unknown) => {
    if (signal.aborted) throw error;
    return null;
  });
  return { kind: "results", result: everything?.ok ? withLabels(page, unnamed, (await everything.json()) as SearchResult) : page };
}

function currentParams(): URLSearchParams {
  return searchParamsOf(new URLSearchParams(window.location.search));
}

function isPlainClick(event: MouseEvent) {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export type Follow = (event: MouseEvent<HTMLAnchorElement>, next: URLSearchParams, options?: { toResults?: boolean }) => void;

/**
 * The search page: a plain GET form and links that work without JavaScript, upgraded to
 * search as you type. The address holds the whole state; this component follows it.
 */
export function SearchPage({ initial }: { initial: SearchView }) {
  const urlParams = useSearchParams();
  const params = useMemo(() => searchParamsOf(new URLSearchParams(urlParams.toString())), [urlParams]);
  const key = params.toString();
  const state = pageState(params);

  const [view, setView] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const [draft, setDraft] = useState(state.q);
  // The suggestions open as the reader types, and close on Escape, on leaving the box or on a choice.
  const [suggesting, setSuggesting] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = view.outcome.kind === "results" ? view.outcome.result.entities : [];
  const open = suggesting && suggestions.length > 0;
  const activeSuggestion = open && active < suggestions.length ? active : -1;
  const router = useRouter();

  const shownKey = useRef(initial.key);
  /** Queries this page wrote to the address that the address has not shown back yet, oldest first. */
  const writtenQs = useRef<string[]>([]);
  const typingEntry = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLElement>(null);

  // A fresh server render for the address shown (e.g. the brand link) replaces what is shown.
  useEffect(() => {
    remember(initial);
    if (initial.key === currentParams().toString()) {
      shownKey.current = initial.key;
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the address (outside React) decides whether this render is still the one shown
      setView(initial);
    }
  }, [initial]);

  // Follow the address: answer from memory, or ask the API and drop the answer to any older ask.
  useEffect(() => {
    if (key === shownKey.current) {
      setBusy(false);
      return;
    }
    const known = recall(key);
    if (known) {
      shownKey.current = key;
      // eslint-disable-next-line react-hooks/set-state-in-effect -- answered from the page's memory of earlier answers, outside React
      setView({ key, outcome: known });
      setBusy(false);
      return;
    }
    const controller = new AbortController();
    setBusy(true);
    fetchOutcome(params, controller.signal)
      .catch((): SearchOutcome => ({ kind: "unavailable", message: "Search sent an answer this page could not read; please try again." }))
      .then((outcome) => {
        // Aborted: a newer search is on its way.
        if (controller.signal.aborted) return;
        const next = { key, outcome };
        shownKey.current = key;
        remember(next);
        setView(next);
        setBusy(false);
        if (outcome.kind === "results") setAnnouncement(resultCount(outcome.result));
      });
    return () => controller.abort();
    // `params` is derived from `key`, which stands for it here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  // The query box follows the address when it changes from outside (back, forward, links).
  // The address can lag behind typing by more than one write on a slow device: a query the
  // page wrote itself, however old, never replaces the words typed since. Not on mount: the
  // box starts from the address already, and a key typed between hydration and this effect
  // would be lost to it.
  const followedQ = useRef(state.q);
  useEffect(() => {
    if (state.q === followedQ.current) return;
    followedQ.current = state.q;
    const own = writtenQs.current.indexOf(state.q);
    if (own === -1) {
      writtenQs.current = [];
      setDraft(state.q);
    } else {
      writtenQs.current.splice(0, own + 1);
    }
  }, [state.q]);

  useEffect(() => {
    document.title = state.q ? `“${state.q}” · Claimtrail` : "Claimtrail";
  }, [state.q]);

  // "/" anywhere but in a field goes to the search box.
  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.isContentEditable || target?.closest("input, textarea, select")) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      window.clearTimeout(timer.current);
    };
  }, []);

  function go(next: URLSearchParams, mode: "push" | "replace") {
    if (next.toString() === currentParams().toString()) return false;
    const q = next.get("q") ?? "";
    if (q !== (currentParams().get("q") ?? "")) writtenQs.current.push(q);
    // Next.js routes native history calls through its router: useSearchParams follows, and no
    // server render is requested (the API answers instead).
    if (mode === "push") window.history.pushState(null, "", hrefOf(next));
    else window.history.replaceState(null, "", hrefOf(next));
    return true;
  }

  /** A committed change: its own history entry, so back undoes it. */
  function commit(next: URLSearchParams) {
    window.clearTimeout(timer.current);
    const written = go(next, typingEntry.current ? "replace" : "push");
    typingEntry.current = false;
    if (!written && view.outcome.kind !== "results") retry();
  }

  function retry() {
    shownKey.current = "";
    setAttempt((count) => count + 1);
  }

  // Typing: the first change of a burst adds a history entry, the rest of the burst replaces it.
  function searchSoon(q: string) {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const next = new URLSearchParams(currentParams());
      next.delete("page");
      next.set("q", q);
      if (go(searchParamsOf(next), typingEntry.current ? "replace" : "push")) typingEntry.current = true;
    }, SEARCH_DEBOUNCE_MS);
  }

  function onInput(event: ChangeEvent<HTMLInputElement>) {
    setDraft(event.target.value);
    setSuggesting(true);
    setActive(-1);
    // An input method still composing (Zhuyin, Pinyin, …) has not produced the words yet.
    if (!(event.nativeEvent as InputEvent).isComposing) searchSoon(event.target.value);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === "string") next.append(name, value);
    commit(searchParamsOf(next));
  }

  const follow: Follow = (event, next, options) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    const target = new URLSearchParams(next);
    // A link that keeps the query keeps the words in the box, which may be a debounce ahead.
    if ((target.get("q") ?? "") === (currentParams().get("q") ?? "")) {
      if (draft.trim()) target.set("q", draft);
      else target.delete("q");
    }
    commit(searchParamsOf(target));
    if (options?.toResults) results.current?.scrollIntoView({ block: "start" });
  };

  function choose(hit: EntityHit) {
    // The typing's pending address change must not follow the reader to the entity's page.
    window.clearTimeout(timer.current);
    setSuggesting(false);
    router.push(entityPath(hit));
  }

  /**
   * The box as a combobox: ArrowDown and ArrowUp move through the suggestions (the box keeps
   * focus), then on into the results; Enter opens the active suggestion; Escape closes them.
   */
  function onBoxKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const plain = !(event.altKey || event.ctrlKey || event.metaKey || event.shiftKey);
    if (open && plain && event.key === "ArrowDown" && activeSuggestion < suggestions.length - 1) setActive(activeSuggestion + 1);
    else if (open && plain && event.key === "ArrowUp" && activeSuggestion >= 0) setActive(activeSuggestion - 1);
    else if (open && event.key === "Enter" && activeSuggestion >= 0) choose(suggestions[activeSuggestion]!);
    else if (open && event.key === "Escape") setSuggesting(false);
    else {
      if (event.key === "ArrowDown") setActive(-1);
      return moveFocus(event);
    }
    event.preventDefault();
  }

  /** ArrowDown/ArrowUp move between results; ArrowUp from the first goes back to the box (to its last suggestion). */
  function moveFocus(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const links = [...(results.current?.querySelectorAll<HTMLAnchorElement>("[data-result-link]") ?? [])];
    if (!links.length) return;
    const from = event.target as HTMLElement;
    const item = from.closest("li[data-result]");
    const index = item ? links.findIndex((link) => item.contains(link)) : -1;
    if (from === input.current) {
      if (event.key !== "ArrowDown") return;
      links[0]!.focus();
    } else if (index === -1) return;
    else if (event.key === "ArrowDown") links[Math.min(index + 1, links.length - 1)]!.focus();
    else if (index === 0) {
      input.current?.focus();
      setSuggesting(true);
      setActive(suggestions.length - 1);
    } else links[index - 1]!.focus();
    event.preventDefault();
  }

  const outcome = view.outcome;
  const result = outcome.kind === "results" ? outcome.result : null;
  const filters = activeFilters(params, state, result);
  const filtersCount = filters.length;
  const pages = result ? pageCount(result) : 1;

  return (
    <div className={styles.page}>
      <section className={styles.intro} aria-labelledby="search-title">
        <h1 id="search-title" className={styles.title}>
          Who said what about AI
        </h1>
        <p className={styles.lede}>Quotes and claims in English and Chinese, each traced to where it was said and how we know.</p>
        <form id="search-form" role="search" action="/" method="get" className={styles.searchForm} onSubmit={onSubmit}>
          <label htmlFor="search-q" className="sr-only">
            Search claims
          </label>
          <div className={styles.searchField} data-suggesting={open || undefined}>
            <svg className={styles.searchIcon} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <circle cx="8.5" cy="8.5" r="5.75" fill="none" stroke="currentColor" strokeWidth="1.75" />
              <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
            </svg>
            <input
              ref={input}
              id="search-q"
              className={styles.searchInput}
              type="text"
              name="q"
              value={draft}
              onChange={onInput}
              onCompositionEnd={(event) => searchSoon(event.currentTarget.value)}
              onKeyDown={onBoxKeyDown}
              onBlur={() => {
                typingEntry.current = false;
                setSuggesting(false);
              }}
              placeholder="Jensen Huang, Qwen, 通義千問…"
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="search"
              maxLength={512}
              aria-describedby="search-hint"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={open}
              aria-controls={`${SUGGESTIONS_ID} results`}
              aria-activedescendant={activeSuggestion >= 0 ? suggestionId(activeSuggestion) : undefined}
            />
            <EntitySuggestions hits={suggestions} active={activeSuggestion} open={open} onChoose={choose} />
            <kbd className={styles.slashHint} aria-hidden="true">
              /
            </kbd>
          </div>
          <button type="submit" className={styles.searchButton}>
            Search
          </button>
          {FILTER_FIELDS.flatMap((field) =>
            (state.filters[field] ?? []).map((value) => <input key={`${field}=${value}`} type="hidden" name={field} value={value} />),
          )}
          {params.get("perPage") ? <input type="hidden" name="perPage" value={params.get("perPage")!} /> : null}
          <p id="search-hint" className={styles.hint}>
            Results update as you type.
            <span className={styles.keys}>
              {" "}
              Press <kbd>/</kbd> to come back here and <kbd>↓</kbd> to move through the people, organisations and products offered, then the
              results.
            </span>
          </p>
        </form>
      </section>

      <div className={styles.layout}>
        <FilterPanel params={params} state={state} result={result} activeCount={filtersCount} follow={follow} />

        <section ref={results} id="results" className={styles.results} aria-labelledby="results-heading">
          <div className={styles.toolbar}>
            <h2 id="results-heading" className={styles.count} tabIndex={-1}>
              {result ? resultCount(result) : "Results"}
              {result && pages > 1 ? (
                <span className={styles.pageOf}>
                  {" "}
                  · page {Math.min(result.page, pages)} of {pages}
                </span>
              ) : null}
            </h2>
            <div className={styles.sort}>
              <label htmlFor="search-sort">Sort</label>
              <select
                id="search-sort"
                name="sort"
                form="search-form"
                value={state.sort}
                onChange={(event) => event.currentTarget.form?.requestSubmit()}
              >
                {SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {SORT_LABELS[sort]}
                  </option>
                ))}
              </select>
              <noscript>
                <button type="submit" form="search-form" className={styles.applyButton}>
                  Apply
                </button>
              </noscript>
            </div>
          </div>
          {!state.q && state.sort === "relevance" && result ? <p className={styles.orderNote}>Newest first until you search.</p> : null}

          <ActiveFilters filters={filters} clearAll={withoutFilters(params)} follow={follow} />

          <p role="status" className="sr-only">
            {announcement}
          </p>

          <div className={styles.answer} aria-busy={busy} data-busy={busy || undefined} data-testid="search-answer">
            <div className={styles.progress} aria-hidden="true" />
            {outcome.kind === "invalid" ? (
              <InvalidSearch fields={outcome.fields} q={state.q} />
            ) : outcome.kind === "offline" || outcome.kind === "unavailable" ? (
              <SearchFailed
                offline={outcome.kind === "offline"}
                message={outcome.kind === "unavailable" ? outcome.message : ""}
                onRetry={retry}
              />
            ) : result && result.hits.length ? (
              <ResultList hits={result.hits} onKeyDown={moveFocus} />
            ) : result ? (
              <NoResults q={state.q} total={result.total} pages={pages} params={params} filters={filters} follow={follow} />
            ) : null}
          </div>

          {result && pages > 1 && result.hits.length ? <Pager params={params} page={result.page} pages={pages} follow={follow} /> : null}
        </section>
      </div>
    </div>
  );
}
