import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { hasRole } from "@/lib/auth/actor";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { listInvites } from "@/lib/auth/invites";
import { ADMIN_PATH, signInPath } from "@/lib/auth/paths";
import { currentActor } from "@/lib/auth/request-actor";
import { ROLES } from "@/lib/auth/roles";
import { listUsers } from "@/lib/auth/users";
import {
  changeRoleAction,
  setAccountDisabledAction,
  createTokenAction,
  inviteAction,
  revokeInviteAction,
  revokeTokenAction,
} from "./actions";
import { AdminForm } from "./admin-forms";
import styles from "./admin.module.css";

export const metadata: Metadata = { title: "Admin", robots: { index: false } };

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace("T", " ") : "—");

export default async function AdminPage() {
  const actor = await currentActor();
  if (!actor) redirect(signInPath(ADMIN_PATH));
  if (!hasRole(actor, "ADMIN")) {
    return (
      <>
        <h1>Admin</h1>
        <p role="alert">This page is for admins.</p>
      </>
    );
  }
  const users = await listUsers(db(), actor);
  const invites = await listInvites(db(), actor);
  const tokens = await listApiTokens(db(), actor);
  const emailOf = new Map(users.map((user) => [user.id, user.email]));

  return (
    <>
      <h1>Admin</h1>

      <section className={styles.section} aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Accounts</h2>
        <table className={styles.table}>
          <thead>
            <tr>
              <th>Email</th>
              <th>Name</th>
              <th>Role</th>
              <th>Since</th>
              <th>Access</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} data-testid="account-row">
                <td>{user.email}</td>
                <td>{user.displayName}</td>
                <td>
                  <AdminForm action={changeRoleAction} label="Change role">
                    <input type="hidden" name="userId" value={user.id} />
                    <select name="role" defaultValue={user.role} aria-label={`Role of ${user.email}`}>
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {role.toLowerCase()}
                        </option>
                      ))}
                    </select>
                  </AdminForm>
                </td>
                <td>{when(user.createdAt)}</td>
                <td>
                  <AdminForm action={setAccountDisabledAction} label={user.disabledAt ? `Enable ${user.email}` : `Disable ${user.email}`}>
                    {user.disabledAt ? <span className={styles.muted}>disabled {when(user.disabledAt)} </span> : null}
                    <input type="hidden" name="userId" value={user.id} />
                    <input type="hidden" name="disabled" value={user.disabledAt ? "false" : "true"} />
                  </AdminForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className={styles.section} aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite someone</h2>
        <AdminForm action={inviteAction} label="Create invite link" secretLabel="Invite link">
          <input name="email" type="email" required placeholder="name@example.org" aria-label="Email to invite" />
          <select name="role" defaultValue="EDITOR" aria-label="Role to invite as">
            <option value="EDITOR">editor</option>
            <option value="ADMIN">admin</option>
          </select>
        </AdminForm>
        <table className={styles.table}>
          <thead>
            <tr>
              <th>Email</th>
              <th>Role</th>
              <th>Created</th>
              <th>State</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {invites.map((invite) => {
              const { open } = invite;
              const state = invite.usedAt
                ? `used ${when(invite.usedAt)}`
                : invite.revokedAt
                  ? "revoked"
                  : open
                    ? `open until ${when(invite.expiresAt)}`
                    : "expired";
              return (
                <tr key={invite.id}>
                  <td>{invite.email}</td>
                  <td>{invite.role.toLowerCase()}</td>
                  <td>{when(invite.createdAt)}</td>
                  <td className={open ? undefined : styles.muted}>{state}</td>
                  <td>
                    {open ? (
                      <AdminForm action={revokeInviteAction} label="Revoke">
                        <input type="hidden" name="inviteId" value={invite.id} />
                      </AdminForm>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section className={styles.section} aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">API tokens</h2>
        <p className={styles.muted}>
          A token acts as its account, with the account&apos;s current role: send it as <code>Authorization: Bearer …</code>.
        </p>
        <AdminForm action={createTokenAction} label="Create token" secretLabel="API token">
          <select name="userId" aria-label="Account of the token" required>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.email}
              </option>
            ))}
          </select>
          <input name="name" required maxLength={100} placeholder="What it is for" aria-label="Token name" />
        </AdminForm>
        <table className={styles.table}>
          <thead>
            <tr>
              <th>Account</th>
              <th>Name</th>
              <th>Token</th>
              <th>Created</th>
              <th>Last used</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} className={token.revokedAt ? styles.muted : undefined}>
                <td>{emailOf.get(token.userId)}</td>
                <td>{token.name}</td>
                <td>
                  <code>{token.tokenPrefix}…</code>
                </td>
                <td>{when(token.createdAt)}</td>
                <td>{when(token.lastUsedAt)}</td>
                <td>
                  {token.revokedAt ? (
                    `revoked ${when(token.revokedAt)}`
                  ) : (
                    <AdminForm action={revokeTokenAction} label="Revoke">
                      <input type="hidden" name="tokenId" value={token.id} />
                    </AdminForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
