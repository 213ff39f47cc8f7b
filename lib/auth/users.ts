import "server-only";
import type { Db } from "../db/client";
import type { UserRole } from "../db/generated/enums";
import { AppError } from "../errors";
import { requireRole, type Actor } from "./actor";
import { logSecurityEvent } from "../log/security-log";
import { COMMON_PASSWORD_MESSAGE, isBreachedOrCommonPassword } from "./common-passwords";
import { hashPassword } from "./password";
import { PASSWORD_POLICY } from "./policy";
import { ZChangeRole, type TChangeRole } from "./admin-schemas";
import { ROLES } from "./roles";
import { parseInput } from "../editing/validation";

export interface UserSummary {
  id: number;
  email: string;
  displayName: string;
  role: UserRole;
  createdAt: Date;
  disabledAt: Date | null;
}

const SUMMARY = { id: true, email: true, displayName: true, role: true, createdAt: true, disabledAt: true } as const;

export async function listUsers(db: Db, actor: Actor): Promise<UserSummary[]> {
  requireRole(actor, "ADMIN");
  return db.user.findMany({ select: SUMMARY, orderBy: { email: "asc" } });
}

/**
 * Changes an account's role. The last admin cannot be demoted: the admins' rows are locked
 * first, so two admins demoting each other at the same moment cannot both succeed.
 * Roles are read on every request; a demotion also ends the account's sessions, so whoever
 * holds one signs in again under the new role.
 */
export async function changeUserRole(db: Db, actor: Actor, input: TChangeRole): Promise<UserSummary> {
  requireRole(actor, "ADMIN");
  const { userId, role } = parseInput(ZChangeRole, input);
  return db.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM users WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`;
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
    if (!target) throw new AppError("not_found", "No such account.");
    if (target.role === "ADMIN" && role !== "ADMIN" && admins.length <= 1) {
      throw new AppError("conflict", "This is the last admin: make another account an admin first.");
    }
    if (ROLES.indexOf(role) < ROLES.indexOf(target.role)) await tx.session.deleteMany({ where: { userId: target.id } });
    logSecurityEvent("account.role_changed", { by: actor.userId, userId: target.id, from: target.role, to: role });
    return tx.user.update({ where: { id: target.id }, data: { role }, select: SUMMARY });
  });
}

/**
 * Disables an account (its sessions end at once; sign-in and its API tokens are refused:
 * auth.ts and api-tokens.ts check `disabledAt`) or enables it again. An admin cannot disable
 * their own account, nor the last enabled admin, under the same lock as changeUserRole.
 */
export async function setAccountDisabled(db: Db, actor: Actor, input: { userId: number; disabled: boolean }): Promise<UserSummary> {
  requireRole(actor, "ADMIN");
  return db.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<
      { id: number }[]
    >`SELECT id FROM users WHERE role = 'ADMIN' AND disabled_at IS NULL ORDER BY id FOR UPDATE`;
    const target = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true } });
    if (!target) throw new AppError("not_found", "No such account.");
    if (input.disabled && target.id === actor.userId) throw new AppError("conflict", "You cannot disable your own account.");
    if (input.disabled && target.role === "ADMIN" && admins.length <= 1)
      throw new AppError("conflict", "This is the last admin: make another account an admin first.");
    if (input.disabled) await tx.session.deleteMany({ where: { userId: target.id } });
    logSecurityEvent(input.disabled ? "account.disabled" : "account.enabled", { by: actor.userId, userId: target.id });
    return tx.user.update({ where: { id: target.id }, data: { disabledAt: input.disabled ? new Date() : null }, select: SUMMARY });
  });
}

export function validatePassword(password: string): string | null {
  if (password.length < PASSWORD_POLICY.minLength) return `Use at least ${PASSWORD_POLICY.minLength} characters.`;
  if (password.length > PASSWORD_POLICY.maxLength) return `Use at most ${PASSWORD_POLICY.maxLength} characters.`;
  if (isBreachedOrCommonPassword(password)) return COMMON_PASSWORD_MESSAGE;
  return null;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Creates an account with a password, in the shape Better Auth signs in: the user row and
 * its "credential" account holding the argon2id hash. Better Auth's own sign-up is
 * disabled, so invites and the bootstrap come through here.
 */
export async function createUserWithPassword(
  tx: Tx,
  input: { email: string; displayName: string; role: UserRole; password: string },
): Promise<{ id: number }> {
  const problem = validatePassword(input.password);
  if (problem) throw new AppError("invalid_input", problem, { password: problem });
  const user = await tx.user.create({
    data: { email: normalizeEmail(input.email), displayName: input.displayName.trim(), role: input.role, emailVerified: true },
    select: { id: true },
  });
  await tx.account.create({
    data: { userId: user.id, accountId: String(user.id), providerId: "credential", password: await hashPassword(input.password) },
  });
  return user;
}

/** Replaces an account's password (the bootstrap admin's, from the environment). */
export async function setUserPassword(tx: Tx, userId: number, password: string): Promise<void> {
  const problem = validatePassword(password);
  if (problem) throw new AppError("invalid_input", problem, { password: problem });
  const hash = await hashPassword(password);
  await tx.account.upsert({
    where: { providerId_accountId: { providerId: "credential", accountId: String(userId) } },
    create: { userId, accountId: String(userId), providerId: "credential", password: hash },
    update: { password: hash },
  });
}
