import "server-only";
import { connection } from "next/server";
import { db } from "../db/client";
import type { UserRole } from "../db/generated/enums";
import { currentActor } from "./request-actor";

/** Who is signed in, for the page header: their name and role, or null for a reader. */
export async function currentUser(): Promise<{ name: string; role: UserRole } | null> {
  // Per request: every page's header depends on who asks, so none is rendered ahead of time.
  await connection();
  const actor = await currentActor();
  if (!actor) return null;
  const user = await db().user.findUnique({ where: { id: actor.userId }, select: { displayName: true } });
  return user && { name: user.displayName, role: actor.role };
}
