"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import type { ClaimOption } from "@/lib/claims/find-claims-by-text";
import type { EntityOption } from "@/lib/entities/find-entities-by-name";
import { GroupError, useFormField } from "./fields";
import styles from "./edit.module.css";
import { lookupClaimsAction, lookupEntitiesAction } from "./lookup-actions";

// Pick an existing record by typing part of its name: the server looks it up, the choice is
// kept in hidden fields (its key and its label), so it comes back with the form.

interface PickerProps<T> {
  /** The hidden field with the chosen record's key ("speaker.slug", "claim.id"). */
  name: string;
  label: string;
  hint?: string;
  lookup: (query: string) => Promise<T[]>;
  keyOf: (option: T) => string;
  labelOf: (option: T) => string;
  describe: (option: T) => ReactNode;
}

function Picker<T>({ name, label, hint, lookup, keyOf, labelOf, describe }: PickerProps<T>) {
  const field = useFormField(name);
  const labelField = useFormField(`${name}Label`);
  const [chosen, setChosen] = useState(field.value ? { key: field.value, label: labelField.value || field.value } : null);
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<T[] | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);
  useEffect(() => {
    if (query.trim().length < 2) return;
    const ask = ++latest.current;
    const timer = setTimeout(() => {
      lookup(query).then(
        (found) => ask === latest.current && (setOptions(found), setFailed(false)),
        () => ask === latest.current && setFailed(true),
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [query, lookup]);
  const described = [field.error ? field.errorId : null, hint ? `${field.id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={styles.picker} data-invalid={field.error ? "" : undefined}>
      <input type="hidden" name={name} value={chosen?.key ?? ""} />
      <input type="hidden" name={`${name}Label`} value={chosen?.label ?? ""} />
      {chosen ? (
        <p className={styles.chosen} data-testid={`chosen-${name}`}>
          <span>
            {label}: <strong>{chosen.label}</strong>
          </span>
          <button type="button" className={styles.linkButton} onClick={() => setChosen(null)}>
            Choose another
          </button>
        </p>
      ) : (
        <>
          <label htmlFor={field.id}>{label}</label>
          <input
            id={field.id}
            type="search"
            autoComplete="off"
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            aria-invalid={field.error ? true : undefined}
            aria-describedby={described}
          />
          {hint ? (
            <p id={`${field.id}-hint`} className={styles.hint}>
              {hint}
            </p>
          ) : null}
          <div aria-live="polite" className={styles.options}>
            {failed ? <p className={styles.fieldError}>The look-up failed; try again.</p> : null}
            {query.trim().length >= 2 && options?.length === 0 ? <p className={styles.hint}>Nothing matches “{query}”.</p> : null}
            {query.trim().length >= 2 && options?.length ? (
              <ul aria-label={`Matches for ${label.toLowerCase()}`}>
                {options.map((option) => (
                  <li key={keyOf(option)}>
                    <button
                      type="button"
                      className={styles.option}
                      onClick={() => setChosen({ key: keyOf(option), label: labelOf(option) })}
                    >
                      {describe(option)}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </>
      )}
      {field.error ? (
        <p id={field.errorId} className={styles.fieldError}>
          {field.error}
        </p>
      ) : null}
    </div>
  );
}

export function EntityPicker({ name, label, hint }: { name: string; label: string; hint?: string }) {
  return (
    <Picker<EntityOption>
      name={name}
      label={label}
      hint={hint}
      lookup={lookupEntitiesAction}
      keyOf={(entity) => entity.slug}
      labelOf={(entity) => entity.name}
      describe={(entity) => (
        <>
          <strong>{entity.name}</strong>{" "}
          <span className={styles.hint}>{[entity.kind.toLowerCase(), ...entity.otherNames].join(" · ")}</span>
        </>
      )}
    />
  );
}

/** `group` names where messages about the choice as a whole land ("claim"). */
export function ClaimPicker({ name, label, hint, group }: { name: string; label: string; hint?: string; group?: string }) {
  return (
    <>
      <Picker<ClaimOption>
        name={name}
        label={label}
        hint={hint}
        lookup={lookupClaimsAction}
        keyOf={(claim) => String(claim.id)}
        labelOf={(claim) => `#${claim.id} ${claim.speaker}: ${claim.statement}`}
        describe={(claim) => (
          <>
            <strong>{claim.speaker}</strong>: {claim.statement}{" "}
            <span className={styles.hint}>{`#${claim.id}${claim.state === "DRAFT" ? " · draft" : ""}`}</span>
          </>
        )}
      />
      {group ? <GroupError name={group} /> : null}
    </>
  );
}
