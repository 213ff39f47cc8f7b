import type { UserRole } from "../db/generated/enums";

export const ROLES: readonly UserRole[] = ["READER", "EDITOR", "ADMIN"];

/** A role read from outside the type system (Better Auth's user record, a form); anything else is a reader. */
export function asRole(value: unknown): UserRole {
  return ROLES.find((role) => role === value) ?? "READER";
}

const ROLE_LABELS: Record<UserRole, string> = { READER: "a reader", EDITOR: "an editor", ADMIN: "an admin" };

/** "an editor", for sentences. */
export function roleLabel(role: UserRole): string {
  return ROLE_LABELS[role];
}
