"use client";

import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { LANGUAGE_LABELS } from "@/lib/domain/labels";
import { rowCount, type FormValues } from "@/lib/editing/form-values";
import styles from "./edit.module.css";

// Form fields that read their value and their message from the form they are in, so that a
// refusal shows beside the field it is about and every value typed comes back as it was.

interface FormContextValue {
  values: FormValues;
  fields: Record<string, string>;
  /** Keeps ids apart when a page has several forms with the same field names. */
  idPrefix: string;
}

const FormContext = createContext<FormContextValue>({ values: {}, fields: {}, idPrefix: "f" });

export function FormFields({
  values,
  fields,
  idPrefix,
  children,
}: {
  values: FormValues;
  fields?: Record<string, string>;
  idPrefix: string;
  children: ReactNode;
}) {
  return <FormContext value={{ values, fields: fields ?? {}, idPrefix }}>{children}</FormContext>;
}

/** `from` names the value to start with when it is not the field's own (a moved row); null starts blank. */
export function useFormField(name: string, from?: string | null) {
  const { values, fields, idPrefix } = useContext(FormContext);
  const id = `${idPrefix}-${name.replace(/\./g, "-")}`;
  const value = from === null ? undefined : values[from ?? name];
  return { id, value, error: fields[name], errorId: `${id}-error` };
}

/** A field's message, and the attributes that tie it to the control. */
function described(error: string | undefined, errorId: string, hintId?: string) {
  const ids = [error ? errorId : null, hintId].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined };
}

function FieldFrame({
  id,
  label,
  error,
  errorId,
  hint,
  hintId,
  wide,
  children,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  errorId: string;
  hint?: ReactNode;
  hintId: string;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={wide ? `${styles.field} ${styles.wide}` : styles.field} data-invalid={error ? "" : undefined}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className={styles.fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  name: string;
  from?: string | null;
  label: ReactNode;
  hint?: ReactNode;
  multiline?: boolean;
  rows?: number;
  type?: "text" | "url" | "search";
  required?: boolean;
  wide?: boolean;
  lang?: string;
  placeholder?: string;
  inputMode?: "numeric";
  /** Messages of the field's parts ("tags.0") shown here too. */
  errorOf?: string[];
  onBlur?: (value: string) => void;
}

export function TextField({
  name,
  from,
  label,
  hint,
  multiline,
  rows = 3,
  type = "text",
  required,
  wide,
  lang,
  placeholder,
  inputMode,
  errorOf = [],
  onBlur,
}: TextFieldProps) {
  const { id, value, error, errorId } = useFormField(name, from);
  const { fields } = useContext(FormContext);
  const hintId = `${id}-hint`;
  const message =
    error ??
    errorOf.map((other) => fields[other]).find(Boolean) ??
    Object.entries(fields).find(([key]) => key.startsWith(`${name}.`) && /^\d/.test(key.slice(name.length + 1)))?.[1];
  const common = {
    id,
    name,
    defaultValue: value ?? "",
    required,
    lang,
    placeholder,
    onBlur: onBlur && ((event: { currentTarget: { value: string } }) => onBlur(event.currentTarget.value)),
    ...described(message, errorId, hint ? hintId : undefined),
  };
  return (
    <FieldFrame id={id} label={label} error={message} errorId={errorId} hint={hint} hintId={hintId} wide={wide || multiline}>
      {multiline ? <textarea {...common} rows={rows} /> : <input {...common} type={type} inputMode={inputMode} />}
    </FieldFrame>
  );
}

export function SelectField({
  name,
  from,
  label,
  options,
  hint,
  fallback,
}: {
  name: string;
  from?: string | null;
  label: ReactNode;
  options: Record<string, string>;
  hint?: ReactNode;
  fallback?: string;
}) {
  const { id, value, error, errorId } = useFormField(name, from);
  const hintId = `${id}-hint`;
  const current = value ?? fallback ?? Object.keys(options)[0] ?? "";
  // A value the list does not know (an older record's language, say) stays choosable.
  const all = current in options ? options : { [current]: current || "—", ...options };
  return (
    <FieldFrame id={id} label={label} error={error} errorId={errorId} hint={hint} hintId={hintId}>
      <select id={id} name={name} defaultValue={current} {...described(error, errorId, hint ? hintId : undefined)}>
        {Object.entries(all).map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

const { zh: _plainChinese, ...KNOWN_LANGUAGES } = LANGUAGE_LABELS;
export const LANGUAGES: Record<string, string> = {
  ...KNOWN_LANGUAGES,
  ja: "Japanese",
  ko: "Korean",
  fr: "French",
  de: "German",
  es: "Spanish",
};

export function LanguageField({
  name,
  from,
  label = "Language",
  fallback = "en",
}: {
  name: string;
  from?: string | null;
  label?: string;
  fallback?: string;
}) {
  return <SelectField name={name} from={from} label={label} options={LANGUAGES} fallback={fallback} />;
}

/** A message about a group of fields ("claim", "citations.0.source"), shown at the group. */
export function GroupError({ name }: { name: string }) {
  const { id, error } = useFormField(name);
  return error ? (
    <p id={`${id}-group-error`} className={styles.fieldError}>
      {error}
    </p>
  ) : null;
}

/** The refusal as a whole: its message, then every field message with a link to the field. */
export function ErrorSummary({ message, fields }: { message?: string; fields?: Record<string, string> }) {
  const { idPrefix } = useContext(FormContext);
  const headingId = useId();
  const box = useRef<HTMLDivElement>(null);
  // Shown after a submission: bring it into view and to the keyboard's attention.
  useEffect(() => box.current?.focus(), []);
  if (!message) return null;
  const entries = Object.entries(fields ?? {});
  return (
    <div ref={box} tabIndex={-1} role="alert" className={styles.errorSummary} aria-labelledby={headingId}>
      <p id={headingId} className={styles.summaryMessage}>
        {message}
      </p>
      {entries.length ? (
        <ul>
          {entries.map(([name, text]) => (
            <li key={name}>
              <a href={`#${idPrefix}-${name.replace(/\./g, "-")}`}>
                <code>{name}</code> {text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export interface RowFields {
  index: number;
  /** The field's name in this row, as submitted. */
  name: (field: string) => string;
  /** Where the field's first value comes from: the row as the form was opened, or nothing for a new row. */
  from: (field: string) => string | null;
}

/**
 * Rows the editor adds and removes (translations, statements, citations). Names follow the
 * row's place, so the schemas' messages ("citations.1.exact") find it; values come from the
 * row the form was opened with, so removing a row moves no text to another.
 */
export function RowList({
  group,
  label,
  addLabel,
  min = 0,
  blank = min,
  onCount,
  render,
}: {
  group: string;
  label: string;
  addLabel: string;
  min?: number;
  blank?: number;
  onCount?: (count: number) => void;
  render: (row: RowFields) => ReactNode;
}) {
  const { values } = useContext(FormContext);
  const [rows, setRows] = useState(() => {
    const count = rowCount(values, group);
    // A form opened blank starts with `blank` empty rows; a returned one with the rows it had.
    const length = Object.keys(values).length ? Math.max(count, min) : Math.max(blank, min);
    return Array.from({ length }, (_, index) => ({ key: index, source: index < count ? index : null }));
  });
  const update = (next: typeof rows) => {
    setRows(next);
    onCount?.(next.length);
  };
  return (
    <div className={styles.rows}>
      {rows.map((row, index) => (
        <fieldset key={row.key} className={styles.row}>
          <legend>{`${label} ${index + 1}`}</legend>
          {render({
            index,
            name: (field) => `${group}.${index}.${field}`,
            from: (field) => (row.source === null ? null : `${group}.${row.source}.${field}`),
          })}
          {rows.length > min ? (
            <button type="button" className={styles.linkButton} onClick={() => update(rows.filter((other) => other.key !== row.key))}>
              {`Remove ${label.toLowerCase()} ${index + 1}`}
            </button>
          ) : null}
        </fieldset>
      ))}
      <button
        type="button"
        className={styles.secondary}
        onClick={() => update([...rows, { key: Math.max(-1, ...rows.map((other) => other.key)) + 1, source: null }])}
      >
        {addLabel}
      </button>
    </div>
  );
}

/**
 * A number that changes with every answer of the form's action. Keyed on it, the form's
 * fields start again from the values the action handed back: exactly what was submitted.
 */
export function useAnswerKey(state: object): number {
  const [seen, setSeen] = useState(state);
  const [key, setKey] = useState(0);
  if (seen !== state) {
    setSeen(state);
    setKey(key + 1);
  }
  return key;
}
