import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { normalizeSourceUrl } from "./normalize-url";

export type SourceLookup =
  | { status: "invalid"; message: string }
  | { status: "new"; url: string }
  | { status: "known"; url: string; source: { id: number; title: string; outlet: string | null } };

/**
 * For editors pasting an address: the source already recorded there once the address is
 * normalised (which a citation will reuse), or that it is new, or why it is not an address.
 */
export async function findSourceByUrl(db: Db, actor: Actor, address: string): Promise<SourceLookup> {
  requireRole(actor, "EDITOR");
  const normalized = normalizeSourceUrl(String(address).trim());
  if (!normalized.ok) return { status: "invalid", message: normalized.message };
  const source = await db.source.findUnique({
    where: { url: normalized.url },
    select: { id: true, title: true, containerTitle: true, publisher: { select: { name: true } } },
  });
  if (!source) return { status: "new", url: normalized.url };
  return {
    status: "known",
    url: normalized.url,
    source: { id: source.id, title: source.title, outlet: source.containerTitle ?? source.publisher?.name ?? null },
  };
}
