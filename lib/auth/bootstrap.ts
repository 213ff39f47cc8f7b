import "server-only";
import type { Db } from "../db/client";
import type { Env } from "../env";
import { normalizeEmail, createUserWithPassword, setUserPassword } from "./users";

/**
 * The first admin, from CLAIMTRAIL_ADMIN_EMAIL and CLAIMTRAIL_ADMIN_PASSWORD, when the
 * database has no admin: accounts otherwise come only from an admin's invite. An existing
 * account with that email is promoted and given that password. Returns what it did.
 */
export async function ensureFirstAdmin(
  db: Db,
  credentials: { email: string; password: string },
): Promise<"created" | "promoted" | "exists"> {
  return db.$transaction(async (tx) => {
    // Serialises two processes starting at once: only one of them creates the admin.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(72917402)`;
    if ((await tx.user.count({ where: { role: "ADMIN" } })) > 0) return "exists";
    const email = normalizeEmail(credentials.email);
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) {
      await tx.user.update({ where: { id: existing.id }, data: { role: "ADMIN" } });
      await setUserPassword(tx, existing.id, credentials.password);
      return "promoted";
    }
    await createUserWithPassword(tx, { email, displayName: "Administrator", role: "ADMIN", password: credentials.password });
    return "created";
  });
}

/**
 * Demo accounts for the embedded demo database only (never a configured Postgres), created
 * when it has no account at all. Their password is public: see README, "Demo accounts".
 */
const DEMO_ACCOUNTS = [
  { email: "editor@claimtrail.test", displayName: "Demo Editor", role: "EDITOR" },
  { email: "admin@claimtrail.test", displayName: "Demo Admin", role: "ADMIN" },
] as const;
export const DEMO_PASSWORD = "claimtrail-demo-password";

export async function createDemoAccounts(db: Db): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if ((await tx.user.count()) > 0) return false;
    for (const account of DEMO_ACCOUNTS) await createUserWithPassword(tx, { ...account, password: DEMO_PASSWORD });
    return true;
  });
}

/**
 * At start (scripts/prepare-database.ts): the first admin from the environment when there is
 * no admin yet; on the embedded demo database with no account at all, the demo accounts.
 */
export async function prepareAccounts(db: Db, options: { embedded: boolean; env: Env }, log: (line: string) => void): Promise<void> {
  const { CLAIMTRAIL_ADMIN_EMAIL: email, CLAIMTRAIL_ADMIN_PASSWORD: password } = options.env;
  if ((email === undefined) !== (password === undefined)) {
    throw new Error("Set both CLAIMTRAIL_ADMIN_EMAIL and CLAIMTRAIL_ADMIN_PASSWORD to create the first admin, or neither.");
  }
  if (email && password) {
    const outcome = await ensureFirstAdmin(db, { email, password });
    if (outcome !== "exists") log(`first admin ${outcome}: ${normalizeEmail(email)}`);
  }
  if (options.embedded && (await createDemoAccounts(db))) {
    log(
      `demo accounts created (embedded demo database only): ${DEMO_ACCOUNTS.map((account) => account.email).join(", ")}; see README, "Demo accounts"`,
    );
  }
}
