"use client";

import { useActionState, type ReactNode } from "react";
import type { AdminActionState } from "./actions";
import styles from "./admin.module.css";

type Action = (previous: AdminActionState, form: FormData) => Promise<AdminActionState>;

/**
 * A form bound to one admin action, showing its refusal or, once, the secret it created
 * (an invite link or an API token), with a note that it will not be shown again.
 */
export function AdminForm({
  action,
  label,
  children,
  secretLabel,
}: {
  action: Action;
  label: string;
  children: ReactNode;
  secretLabel?: string;
}) {
  const [state, formAction, pending] = useActionState<AdminActionState, FormData>(action, {});
  return (
    <form action={formAction} aria-label={label} className={styles.inlineForm}>
      {children}
      <fieldset disabled={pending} className={styles.bare}>
        <button type="submit" className={styles.button}>
          {label}
        </button>
      </fieldset>
      {state.message ? (
        <p role="alert" className={styles.error}>
          {state.message}
        </p>
      ) : null}
      {state.secret ? (
        <p role="status" className={styles.secret}>
          {secretLabel} (copy it now: it is not shown again): <code data-testid="one-time-secret">{state.secret}</code>
        </p>
      ) : null}
    </form>
  );
}
