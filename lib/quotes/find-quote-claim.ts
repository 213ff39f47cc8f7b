import "server-only";
import type { Actor } from "../auth/actor";
import { readableClaims } from "../claims/readable-claims";
import type { Db } from "../db/client";
import { AppError } from "../errors";

/** The claim a quote supports, to go back to it after an edit; a draft's only for an editor. */
export async function findQuoteClaim(db: Db, actor: Actor, quoteId: number): Promise<{ id: number; slug: string; state: string }> {
  const quote = await db.quote.findFirst({
    where: { id: quoteId, claim: readableClaims(actor) },
    select: { claim: { select: { id: true, slug: true, state: true } } },
  });
  if (!quote) throw new AppError("not_found", `There is no quote ${quoteId}.`);
  return quote.claim;
}
