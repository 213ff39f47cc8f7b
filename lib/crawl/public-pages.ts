import "server-only";
import type { Db } from "../db/client";
import { claimPath, entityPath, sourcePath } from "../routes";

/** One public page for crawlers: its path and when its record last changed. */
export interface PublicPage {
  path: string;
  updatedAt: Date;
}

/** Every public claim, entity and source page: published claims, records not deprecated. */
export async function listPublicPages(db: Db): Promise<PublicPage[]> {
  const [claims, entities, sources] = await Promise.all([
    db.claim.findMany({ where: { state: "PUBLISHED" }, orderBy: { id: "asc" }, select: { id: true, slug: true, updatedAt: true } }),
    db.entity.findMany({ where: { deprecatedAt: null }, orderBy: { id: "asc" }, select: { slug: true, updatedAt: true } }),
    db.source.findMany({ where: { deprecatedAt: null }, orderBy: { id: "asc" }, select: { id: true, updatedAt: true } }),
  ]);
  return [
    ...claims.map((claim) => ({ path: claimPath(claim), updatedAt: claim.updatedAt })),
    ...entities.map((entity) => ({ path: entityPath(entity), updatedAt: entity.updatedAt })),
    ...sources.map((source) => ({ path: sourcePath(source), updatedAt: source.updatedAt })),
  ];
}
