import type { Tx } from "../editing/record-kind";
import type { TSourcedQuote } from "../quotes/quote-schemas";
import { normalizeText } from "../search/text";
import type { TSourceRef } from "../sources/source-schemas";

// Whether an import row is already in the database: the same speaker has a live quote with
// the same words once normalised, cited by the same source. Only the row's own keys are
// used (ids, slugs, addresses, or a title at a date), so nothing is created to find out.

async function speakerIdOf(tx: Tx, input: TSourcedQuote): Promise<number | null> {
  if (input.claim.id !== undefined)
    return (await tx.claim.findUnique({ where: { id: input.claim.id }, select: { speakerId: true } }))?.speakerId ?? null;
  const speaker = input.speaker;
  if (!speaker) return null;
  if (speaker.id !== undefined) return speaker.id;
  const slug = speaker.slug ?? speaker.create?.slug;
  return slug ? ((await tx.entity.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null) : null;
}

async function sourceIdOf(tx: Tx, ref: TSourceRef): Promise<number | null> {
  if (ref.id !== undefined) return ref.id;
  const url = ref.url ?? ref.create?.url;
  if (url) return (await tx.source.findUnique({ where: { url }, select: { id: true } }))?.id ?? null;
  if (!ref.create) return null;
  const found = await tx.source.findFirst({
    where: { title: ref.create.title, issued: ref.create.issued?.date ?? null, url: null },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return found?.id ?? null;
}

export async function findImportedQuote(tx: Tx, input: TSourcedQuote): Promise<number | null> {
  const speakerId = await speakerIdOf(tx, input);
  if (speakerId === null) return null;
  const sourceIds: number[] = [];
  for (const citation of input.citations) {
    const id = await sourceIdOf(tx, citation.source);
    if (id !== null) sourceIds.push(id);
  }
  if (sourceIds.length === 0) return null;
  const quotes = await tx.quote.findMany({
    where: { deprecatedAt: null, claim: { speakerId }, citations: { some: { sourceId: { in: sourceIds }, deprecatedAt: null } } },
    select: { id: true, text: true },
  });
  const words = normalizeText(input.quote.text);
  return quotes.find((quote) => normalizeText(quote.text) === words)?.id ?? null;
}
