import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import { ZAddCitation, type TAddCitation } from "../citations/citation-schemas";
import { writeCitation } from "../citations/create-citation";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { CitationSnapshot } from "../editing/records/citation";
import { inEditSession } from "../editing/transaction";
import { parseInput } from "../editing/validation";

/** Another source for a quote already recorded: what an editor does instead of adding a duplicate. */
export async function addCitationToQuote(db: Db, actor: Actor, quoteId: number, input: TAddCitation): Promise<CitationSnapshot> {
  requireRole(actor, "EDITOR");
  const { reason, ...citation } = parseInput(ZAddCitation, input);
  return inEditSession(db, actor, reason ?? "Added a citation.", async (session) => {
    const quote = await session.tx.quote.findUnique({ where: { id: quoteId }, select: { id: true } });
    if (!quote) throw new AppError("not_found", `There is no quote ${quoteId}.`);
    return writeCitation(session, { quoteId }, citation, "");
  });
}
