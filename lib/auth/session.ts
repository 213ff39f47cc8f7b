import "server-only";
import type { Db } from "../db/client";
import type { Actor } from "./actor";
import type { Auth } from "./auth";
import { SESSION_POLICY } from "./policy";
import { asRole } from "./roles";

/**
 * The actor of a session cookie, or null. Better Auth checks the signature and the idle
 * expiry and pushes the expiry forward on use; the absolute lifetime is ours: a session
 * older than that is deleted here, however active it has been.
 */
export async function actorFromSession(auth: Auth, db: Db, headers: Headers): Promise<Actor> {
  const found = await auth.api.getSession({ headers });
  if (!found) return null;
  if (outlivedAbsoluteLifetime(found.session.createdAt)) {
    await db.session.deleteMany({ where: { token: found.session.token } });
    return null;
  }
  return { userId: Number(found.user.id), role: asRole(found.user.role) };
}

function outlivedAbsoluteLifetime(createdAt: Date, now = Date.now()): boolean {
  return now - new Date(createdAt).getTime() >= SESSION_POLICY.absoluteSeconds * 1000;
}
