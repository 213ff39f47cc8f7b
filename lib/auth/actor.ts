import type { UserRole } from "../db/generated/enums";
import { AppError } from "../errors";

/** Who is asking: a signed-in user (by session or API token), or nobody (a reader). */
export type Actor = { userId: number; role: UserRole } | null;

const RANK: Record<UserRole, number> = { READER: 0, EDITOR: 1, ADMIN: 2 };

/**
 * Authorisation lives in the data layer: every mutation calls this first, whatever route
 * (page, server action, API) reached it.
 */
export function requireRole(actor: Actor, role: UserRole): asserts actor is NonNullable<Actor> {
  if (!actor) throw new AppError("unauthenticated", "Sign in to do this.");
  if (RANK[actor.role] < RANK[role]) throw new AppError("forbidden", `This needs the ${role.toLowerCase()} role.`);
}

export function hasRole(actor: Actor, role: UserRole): boolean {
  return actor !== null && RANK[actor.role] >= RANK[role];
}
