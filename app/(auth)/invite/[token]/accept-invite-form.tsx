"use client";

import { useActionState } from "react";
import styles from "../../forms.module.css";
import { acceptInviteAction, type AcceptInviteState } from "./actions";

export function AcceptInviteForm({ token, minLength }: { token: string; minLength: number }) {
  const [state, action, pending] = useActionState<AcceptInviteState, FormData>(acceptInviteAction, {});
  return (
    <form action={action} className={styles.form} aria-label="Create your account">
      {state.message ? (
        <p role="alert" className={styles.error}>
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <label className={styles.field}>
        Your name
        <input name="displayName" autoComplete="name" required maxLength={100} defaultValue={state.displayName} />
      </label>
      <label className={styles.field}>
        Password (at least {minLength} characters)
        <input name="password" type="password" autoComplete="new-password" required minLength={minLength} />
      </label>
      <label className={styles.field}>
        Password again
        <input name="confirmPassword" type="password" autoComplete="new-password" required minLength={minLength} />
      </label>
      <button type="submit" className={styles.button} disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
