import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { hasRole } from "@/lib/auth/actor";
import { ACCOUNT_PATH, ADMIN_PATH, signInPath } from "@/lib/auth/paths";
import { PASSWORD_POLICY, SESSION_POLICY } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/request-actor";
import { roleLabel } from "@/lib/auth/roles";
import styles from "./account.module.css";
import { signOutAction, signOutEverywhereAction } from "./actions";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const actor = await currentActor();
  if (!actor) redirect(signInPath(ACCOUNT_PATH));
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true, displayName: true } });
  return (
    <>
      <h1>Your account</h1>
      <section className={styles.section} aria-label="Signed in">
        <p data-testid="signed-in-as">
          Signed in as <strong>{user.displayName}</strong> ({user.email}), {roleLabel(actor.role)}.
        </p>
        {hasRole(actor, "ADMIN") ? (
          <p>
            <a href={ADMIN_PATH}>Manage accounts, invitations and API tokens</a>
          </p>
        ) : null}
        <div className={styles.actions}>
          <form action={signOutAction}>
            <button type="submit" className={styles.button}>
              Sign out
            </button>
          </form>
          <form action={signOutEverywhereAction}>
            <button type="submit" className={styles.secondary}>
              Sign out everywhere
            </button>
          </form>
        </div>
        <p className={styles.hint}>
          “Sign out everywhere” ends every session of this account, on every device. A session also ends after{" "}
          {SESSION_POLICY.idleSeconds / 3600} hours without use, and after {SESSION_POLICY.absoluteSeconds / 86400} days in any case.
        </p>
      </section>
      <section className={styles.section} aria-labelledby="password-heading">
        <h2 id="password-heading">Change password</h2>
        <ChangePasswordForm minLength={PASSWORD_POLICY.minLength} />
      </section>
    </>
  );
}
