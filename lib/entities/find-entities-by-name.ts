import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";

export interface EntityOption {
  slug: string;
  name: string;
  kind: string;
  /** Other names that matched or help tell namesakes apart. */
  otherNames: string[];
}

/** For editors picking a speaker: entities whose name, alias or slug contains the words typed. */
export async function findEntitiesByName(db: Db, actor: Actor, query: string, limit = 8): Promise<EntityOption[]> {
  requireRole(actor, "EDITOR");
  const text = String(query).trim().slice(0, 100);
  if (!text) return [];
  const contains = { contains: text, mode: "insensitive" } as const;
  const rows = await db.entity.findMany({
    where: { deprecatedAt: null, OR: [{ name: contains }, { slug: contains }, { names: { some: { value: contains } } }] },
    select: { slug: true, name: true, kind: true, names: { select: { value: true }, orderBy: { id: "asc" }, take: 4 } },
    orderBy: { name: "asc" },
    take: limit,
  });
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    otherNames: row.names.map((name) => name.value).filter((value) => value !== row.name),
  }));
}
