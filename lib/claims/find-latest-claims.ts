import type { Db } from "../db/client";

export interface ClaimSummary {
  id: number;
  slug: string;
  statement: string;
  quote: { text: string; lang: string } | null;
  speaker: { slug: string; name: string };
  claimedAt: Date | null;
  status: string;
}

/** Published, non-deprecated claims, most recently made first. */
export async function findLatestClaims(db: Db, limit = 50): Promise<ClaimSummary[]> {
  const claims = await db.claim.findMany({
    where: { state: "PUBLISHED", rank: { not: "DEPRECATED" } },
    orderBy: [{ claimedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: limit,
    include: {
      speaker: { select: { slug: true, name: true } },
      statements: { where: { lang: "en" }, take: 1 },
      quotes: { where: { deprecatedAt: null }, orderBy: { id: "asc" }, take: 1, select: { text: true, lang: true } },
    },
  });
  return claims.map((claim) => ({
    id: claim.id,
    slug: claim.slug,
    statement: claim.statements[0]?.text ?? "",
    quote: claim.quotes[0] ?? null,
    speaker: claim.speaker,
    claimedAt: claim.claimedAt,
    status: claim.status,
  }));
}
