import type { Prisma } from "../db/generated/client";
import { keepVerificationAfterEdit } from "../claims/verified-primary";
import { fromIso, toJson, type Jsonified } from "../editing/json";
import type { CreatableKind, EditableKind } from "../editing/record-kind";
import { translationColumns, type TranslationFields } from "./quote-fields";

/** What a snapshot holds besides the row, for the edit log and the API's reads alike. */
export const QUOTE_INCLUDE = { translations: { orderBy: { id: "asc" } } } satisfies Prisma.QuoteInclude;

export type QuoteSnapshot = Jsonified<Prisma.QuoteGetPayload<{ include: typeof QUOTE_INCLUDE }>>;

/** A quote as written: its translations by content alone. */
export type QuoteState = Omit<QuoteSnapshot, "translations"> & { translations: TranslationFields[] };

/** A new quote: the claim it supports, its words, and its translations. */
export type NewQuote = Pick<QuoteState, "claimId" | "text" | "lang" | "spokenLang" | "translations">;

export const quoteKind: EditableKind<QuoteSnapshot, QuoteState> & CreatableKind<QuoteSnapshot, NewQuote> = {
  type: "quote",
  label: "quote",
  indexAs: "quote",
  async load(tx, id) {
    const row = await tx.quote.findUnique({ where: { id }, include: QUOTE_INCLUDE });
    return row && toJson(row);
  },
  async insert(tx, quote) {
    const row = await tx.quote.create({
      data: {
        claimId: quote.claimId,
        text: quote.text,
        lang: quote.lang,
        spokenLang: quote.spokenLang,
        translations: { create: quote.translations.map(translationColumns) },
      },
      select: { id: true },
    });
    return row.id;
  },
  async claimVersion(tx, id, version) {
    return (await tx.quote.updateMany({ where: { id, version }, data: { version: { increment: 1 } } })).count === 1;
  },
  async write(tx, id, quote) {
    await tx.quote.update({
      where: { id },
      data: { text: quote.text, lang: quote.lang, spokenLang: quote.spokenLang, deprecatedAt: fromIso(quote.deprecatedAt) },
    });
    const translations = quote.translations.map(translationColumns);
    await tx.quoteTranslation.deleteMany({ where: { quoteId: id, NOT: { OR: translations } } });
    await tx.quoteTranslation.createMany({
      data: translations.map((translation) => ({ quoteId: id, ...translation })),
      skipDuplicates: true,
    });
  },
  deprecated: (quote, _reason, at) => ({ ...quote, deprecatedAt: at.toISOString() }),
  afterEdit: (tx, authorId, _before, after, action) =>
    keepVerificationAfterEdit(tx, authorId, after.claimId, { type: "quote", id: after.id, action }),
};
