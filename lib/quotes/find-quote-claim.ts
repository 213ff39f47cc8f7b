import "server-only";
import type { Db } from "../db/client";
import { AppError } from "../errors";

/** The claim a quote supports, to go back to it after an edit. */
export async function findQuoteClaim(db: Db, quoteId: number): Promise<{ id: number; slug: string; state: string }> {
  const quote = await db.quote.findUnique({ where: { id: quoteId }, select: { claim: { select: { id: true, slug: true, state: true } } } });
  if (!quote) throw new AppError("not_found", `There is no quote ${quoteId}.`);
  return quote.claim;
}
