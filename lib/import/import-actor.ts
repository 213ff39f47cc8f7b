import "server-only";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";

/**
 * Who an import is written as: the editor named with --as, else the first admin. Revisions
 * need an author, and the role is checked again by the import itself.
 */
export async function findImportActor(db: Db, email?: string): Promise<NonNullable<Actor>> {
  const user = email
    ? await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, role: true } })
    : await db.user.findFirst({ where: { role: "ADMIN" }, orderBy: { id: "asc" }, select: { id: true, role: true } });
  if (!user) throw new Error(email ? `There is no user ${email}.` : "There is no admin to import as: pass --as <email> of an editor.");
  return { userId: user.id, role: user.role };
}
