"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import type { ConflictView } from "@/lib/editing/conflict-view";
import type { FormValues } from "@/lib/editing/form-values";
import { ErrorSummary, FormFields, TextField, useAnswerKey } from "./fields";
import type { EditFormState } from "./form-state";
import styles from "./edit.module.css";

type EditAction = (previous: EditFormState, form: FormData) => Promise<EditFormState>;

interface EditFormProps {
  action: EditAction;
  values: FormValues;
  label: string;
  idPrefix: string;
  submit: string;
  reasonLabel?: string;
  /** Creating a relation has an obvious reason; every edit says why. */
  reasonOptional?: boolean;
  danger?: boolean;
  children?: ReactNode;
}

/**
 * A form that changes one record: it carries the version it was opened at and asks why.
 * After a refusal its fields start again from the values submitted; after a conflict, from
 * those values on top of the version now saved.
 */
export function EditForm({
  action,
  values,
  label,
  idPrefix,
  submit,
  reasonLabel = "Why this change (kept in the history)",
  reasonOptional,
  danger,
  children,
}: EditFormProps) {
  const [state, formAction, pending] = useActionState<EditFormState, FormData>(action, { values });
  const answer = useAnswerKey(state);
  return (
    <form action={formAction} aria-label={label} className={styles.form} noValidate>
      <FormFields key={answer} values={state.values} fields={state.fields} idPrefix={idPrefix}>
        {state.conflict ? (
          <ConflictNotice message={state.message} conflict={state.conflict} />
        ) : (
          <ErrorSummary message={state.message} fields={state.fields} />
        )}
        {state.values.version !== undefined ? <input type="hidden" name="version" value={state.values.version} readOnly /> : null}
        {children}
        <TextField
          name="reason"
          label={reasonOptional ? `${reasonLabel} (optional)` : reasonLabel}
          multiline
          rows={2}
          required={!reasonOptional}
        />
        <div className={styles.actions}>
          <button type="submit" className={danger ? styles.danger : styles.button} disabled={pending}>
            {submit}
          </button>
        </div>
      </FormFields>
    </form>
  );
}

function ConflictNotice({ message, conflict }: { message?: string; conflict: ConflictView }) {
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <section ref={box} tabIndex={-1} role="alert" aria-labelledby="conflict-heading" className={styles.conflict} data-testid="conflict">
      <h2 id="conflict-heading">Someone else saved this while you were editing</h2>
      <p>{message}</p>
      {conflict.fields.length ? (
        <table className={styles.compare}>
          <caption className="sr-only">Fields changed since you opened the form</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">{`Saved now (version ${conflict.version})`}</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {conflict.fields.map((field) => (
              <tr key={field.field} data-testid="conflict-field">
                <th scope="row">{field.field}</th>
                <td>{field.current || "—"}</td>
                <td>{field.yours || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p>{`Your input is kept below. Saving again applies it on top of version ${conflict.version}, replacing what is saved now.`}</p>
    </section>
  );
}
