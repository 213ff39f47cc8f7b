import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import { ZAddCitation, ZAddCitations, type TAddCitation, type TAddCitations, type TCitationInput } from "../citations/citation-schemas";
import { writeCitation } from "../citations/create-citation";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { CitationSnapshot } from "../citations/citation-record";
import { inEditSession } from "../editing/transaction";
import { parseInput } from "../editing/validation";

/** Another source for a quote already recorded: what an editor does instead of adding a duplicate. */
export async function addCitationToQuote(db: Db, actor: Actor, quoteId: number, input: TAddCitation): Promise<CitationSnapshot> {
  requireRole(actor, "EDITOR");
  const { reason, ...citation } = parseInput(ZAddCitation, input);
  const [created] = await writeQuoteCitations(db, actor, quoteId, [citation], reason ?? "Added a citation.", () => "");
  return created!;
}

/** Several citations for one quote in one transaction: all are added, or none (errors name `citations.<n>`). */
export async function addCitationsToQuote(db: Db, actor: Actor, quoteId: number, input: TAddCitations): Promise<CitationSnapshot[]> {
  requireRole(actor, "EDITOR");
  const { reason, citations } = parseInput(ZAddCitations, input);
  return writeQuoteCitations(
    db,
    actor,
    quoteId,
    citations,
    reason ?? (citations.length > 1 ? "Added citations." : "Added a citation."),
    (index) => `citations.${index}`,
  );
}

function writeQuoteCitations(
  db: Db,
  actor: NonNullable<Actor>,
  quoteId: number,
  citations: TCitationInput[],
  reason: string,
  pathOf: (index: number) => string,
) {
  return inEditSession(db, actor, reason, async (session) => {
    const quote = await session.tx.quote.findUnique({ where: { id: quoteId }, select: { id: true } });
    if (!quote) throw new AppError("not_found", `There is no quote ${quoteId}.`);
    const created: CitationSnapshot[] = [];
    for (const [index, citation] of citations.entries()) created.push(await writeCitation(session, { quoteId }, citation, pathOf(index)));
    return created;
  });
}
