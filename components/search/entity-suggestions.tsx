"use client";

import { useEffect, useState } from "react";
import type { EntityHit } from "@/lib/search/contract";
import { claimCountLabel, entityKindLabel } from "@/lib/entities/labels";
import { Highlighted } from "./highlighted";
import styles from "./search.module.css";

/** Suggestions offered above the claims while typing. */
export const SUGGESTIONS = 5;
export const SUGGESTIONS_ID = "entity-suggestions";
export const suggestionId = (index: number) => `entity-suggestion-${index}`;

/** The entities matching what is typed, from GET /api/search/entities; an older answer never replaces a newer one. */
export function useEntitySuggestions(q: string, delayMs: number): EntityHit[] {
  const [answer, setAnswer] = useState<{ q: string; hits: EntityHit[] }>({ q: "", hits: [] });
  const text = q.trim();
  useEffect(() => {
    if (!text) return;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const response = await fetch(`/api/search/entities?${new URLSearchParams({ q, perPage: String(SUGGESTIONS) })}`, { signal: controller.signal, headers: { accept: "application/json" } });
        // Suggestions are a help: when they fail, the claims still answer.
        const body = response.ok ? ((await response.json()) as { hits: EntityHit[] }) : { hits: [] };
        if (!controller.signal.aborted) setAnswer({ q: text, hits: body.hits });
      } catch {
        // Aborted by a newer query, or offline: the claims' own message says so.
      }
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [q, text, delayMs]);
  return text && answer.q === text ? answer.hits : [];
}

/**
 * The listbox of an ARIA 1.2 combobox: the search box keeps focus and points at the active
 * option with aria-activedescendant; a pointer press does not take focus from the box.
 */
export function EntitySuggestions({ hits, active, open, onChoose }: { hits: EntityHit[]; active: number; open: boolean; onChoose: (hit: EntityHit) => void }) {
  return (
    <ul id={SUGGESTIONS_ID} role="listbox" aria-label="People, organisations and products" className={styles.suggestions} hidden={!open || hits.length === 0}>
      {hits.map((hit, index) => (
        <li
          key={hit.slug}
          id={suggestionId(index)}
          role="option"
          aria-selected={index === active}
          className={styles.suggestion}
          data-testid="entity-suggestion"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(hit)}
        >
          <span className={styles.suggestionName}>
            <Highlighted segments={hit.highlight.name} />
          </span>
          <span className={styles.suggestionKind}>{entityKindLabel(hit.kind)}</span>
          <span className={styles.suggestionCount}>{claimCountLabel(hit.claimCount)}</span>
          <span className={styles.suggestionDescription}>
            {hit.highlight.aliases.length ? (
              <span className={styles.suggestionAlias}>
                {hit.highlight.aliases.map((alias, i) => (
                  <span key={alias.value}>
                    {i > 0 ? ", " : null}
                    <Highlighted segments={alias.segments} />
                  </span>
                ))}
                {" · "}
              </span>
            ) : null}
            {hit.description}
          </span>
        </li>
      ))}
    </ul>
  );
}
