"use client";

import type { EntityHit } from "@/lib/search/contract";
import { claimCountLabel, entityKindLabel } from "@/lib/entities/labels";
import { Highlighted } from "./highlighted";
import styles from "./search.module.css";

/** Suggestions offered above the claims while typing. */
export const SUGGESTIONS = 5;
export const SUGGESTIONS_ID = "entity-suggestions";
export const suggestionId = (index: number) => `entity-suggestion-${index}`;

/**
 * The listbox of an ARIA 1.2 combobox: the search box keeps focus and points at the active
 * option with aria-activedescendant; a pointer press does not take focus from the box.
 */
export function EntitySuggestions({
  hits,
  active,
  open,
  onChoose,
}: {
  hits: EntityHit[];
  active: number;
  open: boolean;
  onChoose: (hit: EntityHit) => void;
}) {
  return (
    <ul
      id={SUGGESTIONS_ID}
      role="listbox"
      aria-label="People, organisations and products"
      className={styles.suggestions}
      hidden={!open || hits.length === 0}
    >
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
