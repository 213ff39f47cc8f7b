"use client";

import { useActionState } from "react";
import styles from "./account.module.css";
import { changePasswordAction, type ChangePasswordState } from "./actions";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const [state, action, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className={styles.form} aria-label="Change password">
      {state.message ? (
        <p role="alert" className={styles.error}>
          {state.message}
        </p>
      ) : null}
      {state.done ? <p role="status">Password changed. Your other sessions were signed out.</p> : null}
      <label className={styles.field}>
        Current password
        <input name="currentPassword" type="password" autoComplete="current-password" required />
      </label>
      <label className={styles.field}>
        New password (at least {minLength} characters)
        <input name="newPassword" type="password" autoComplete="new-password" required minLength={minLength} />
      </label>
      <label className={styles.field}>
        New password again
        <input name="confirmPassword" type="password" autoComplete="new-password" required minLength={minLength} />
      </label>
      <button type="submit" className={styles.button} disabled={pending}>
        Change password
      </button>
    </form>
  );
}
