import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { mainStatement } from "./claim-page-format";
import { parseRecordId } from "../domain/record-id";

export interface ClaimOption {
  id: number;
  slug: string;
  statement: string;
  speaker: string;
  state: string;
}

/**
 * For editors picking a claim, drafts included: claims whose statement, quotes or speaker
 * contain every word typed, or the claim of that number ("12", "#12").
 */
export async function findClaimsByText(db: Db, actor: Actor, query: string, limit = 8): Promise<ClaimOption[]> {
  requireRole(actor, "EDITOR");
  const text = String(query).trim().slice(0, 200);
  if (!text) return [];
  const id = parseRecordId(text.replace(/^#/, ""));
  const words = text.split(/\s+/).slice(0, 8);
  const rows = await db.claim.findMany({
    where: id
      ? { id }
      : {
          AND: words.map((word) => {
            const contains = { contains: word, mode: "insensitive" } as const;
            return {
              OR: [{ statements: { some: { text: contains } } }, { quotes: { some: { text: contains } } }, { speaker: { name: contains } }],
            };
          }),
        },
    select: { id: true, slug: true, state: true, speaker: { select: { name: true } }, statements: { select: { lang: true, text: true } } },
    orderBy: { id: "desc" },
    take: limit,
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    state: row.state,
    speaker: row.speaker.name,
    statement: mainStatement(row.statements)?.text ?? "",
  }));
}
