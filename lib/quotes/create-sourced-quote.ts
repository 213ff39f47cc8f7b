import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import { writeCitation } from "../citations/create-citation";
import { writeClaim } from "../claims/create-claim";
import { requireAnchoredPrimary } from "../claims/anchored-primary";
import type { Db } from "../db/client";
import { writeEntity } from "../entities/create-entity";
import { AppError } from "../errors";
import type { CitationSnapshot } from "../citations/citation-record";
import { quoteKind, type QuoteSnapshot } from "./quote-record";
import { translationColumns } from "./quote-fields";
import { createRecord } from "../editing/create-record";
import { invalidField, resolveEntityId } from "../editing/resolve";
import { inEditSession, type EditSession } from "../editing/transaction";
import { parseInput } from "../editing/validation";
import type { SearchEngine } from "../search/contract";
import { findQuoteDuplicates } from "./find-quote-duplicates";
import { ZCreateSourcedQuote, type TCreateSourcedQuote, type TSourcedQuote } from "./quote-schemas";

export interface SourcedQuoteResult {
  quote: QuoteSnapshot;
  claim: { id: number; slug: string; state: string; createdNow: boolean };
  citations: CitationSnapshot[];
}

/**
 * Adds a quote with its speaker, claim and citations in one transaction. Unless the caller
 * confirms it is new, a quote that is already recorded (the same words once normalised, or
 * close ones) is refused as a duplicate listing the candidates, so the editor can add a
 * citation to the existing quote instead (addCitationToQuote).
 */
export async function createSourcedQuote(
  db: Db,
  actor: Actor,
  input: TCreateSourcedQuote,
  options: { engine?: SearchEngine } = {},
): Promise<SourcedQuoteResult> {
  requireRole(actor, "EDITOR");
  const parsed = parseInput(ZCreateSourcedQuote, input);
  if (!parsed.confirmNotDuplicate) {
    const speaker = parsed.speaker;
    const candidates = await findQuoteDuplicates(
      db,
      { text: parsed.quote.text, speakerId: speaker?.id, speakerSlug: speaker?.slug ?? speaker?.create?.slug, claimId: parsed.claim.id },
      { includeDrafts: true, engine: options.engine },
    );
    if (candidates.length > 0) {
      throw new AppError(
        "duplicate",
        "This quote may already be recorded. Add your citation to the existing quote, or confirm that it is a different quote (confirmNotDuplicate).",
        undefined,
        { candidates },
      );
    }
  }
  return inEditSession(db, actor, parsed.reason ?? "Added a sourced quote.", (session) => writeSourcedQuote(session, parsed));
}

export interface WriteOptions {
  /** A new speaker whose slug is already taken is that entity (the importer's re-runs), not a duplicate. */
  reuseSpeakerBySlug?: boolean;
}

/** The transaction's part of createSourcedQuote, shared with the importer's batches. */
export async function writeSourcedQuote(
  session: EditSession,
  input: TSourcedQuote,
  options: WriteOptions = {},
): Promise<SourcedQuoteResult> {
  const { tx } = session;
  const cited = input.citations.length > 0;
  let claim: { id: number; slug: string; state: string; createdNow: boolean };
  if (input.claim.id !== undefined) {
    const existing = await tx.claim.findUnique({
      where: { id: input.claim.id },
      select: { id: true, slug: true, state: true, speakerId: true },
    });
    if (!existing) throw invalidField("claim.id", `there is no claim ${input.claim.id}`);
    if (input.speaker) {
      if (input.speaker.create) throw invalidField("speaker", "an existing claim already has its speaker");
      if ((await resolveEntityId(tx, input.speaker, "speaker")) !== existing.speakerId)
        throw invalidField("speaker", `is not the speaker of claim ${existing.id}`);
    }
    if (!cited && existing.state === "PUBLISHED")
      throw invalidField("citations", `claim ${existing.id} is published: a quote added to it needs at least one citation`);
    claim = { ...existing, createdNow: false };
  } else {
    const speakerId = await resolveSpeaker(session, input.speaker!, options);
    const created = await writeClaim(session, speakerId, input.claim.create!, cited, "claim.create");
    claim = { id: created.id, slug: created.slug, state: created.state, createdNow: true };
  }

  const quote = await createRecord(session, quoteKind, {
    claimId: claim.id,
    text: input.quote.text,
    lang: input.quote.lang,
    spokenLang: input.quote.spokenLang ?? input.quote.lang,
    translations: input.quote.translations.map(translationColumns),
  });
  const citations: CitationSnapshot[] = [];
  for (const [index, citation] of input.citations.entries())
    citations.push(await writeCitation(session, { quoteId: quote.id }, citation, `citations.${index}`));
  if (claim.createdNow) await requireAnchoredPrimary(tx, claim.id, input.claim.create!.status ?? "", "claim.create.status");
  return { quote, claim, citations };
}

async function resolveSpeaker(
  session: EditSession,
  speaker: NonNullable<TSourcedQuote["speaker"]>,
  options: WriteOptions,
): Promise<number> {
  if (!speaker.create) return resolveEntityId(session.tx, speaker, "speaker");
  if (options.reuseSpeakerBySlug && speaker.create.slug) {
    const existing = await session.tx.entity.findUnique({ where: { slug: speaker.create.slug }, select: { id: true } });
    if (existing) return existing.id;
  }
  return (await writeEntity(session, speaker.create, "speaker.create")).id;
}
