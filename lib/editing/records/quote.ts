import type { Prisma } from "../../db/generated/client";
import { fromIso, toJson, type Jsonified } from "../json";
import type { EditableKind } from "./kind";

/** What a snapshot holds besides the row, for the edit log and the API's reads alike. */
export const QUOTE_INCLUDE = { translations: { orderBy: { id: "asc" } } } satisfies Prisma.QuoteInclude;

export type QuoteSnapshot = Jsonified<Prisma.QuoteGetPayload<{ include: typeof QUOTE_INCLUDE }>>;

type Translation = QuoteSnapshot["translations"][number];

/** A quote as written: its translations by content alone. */
export type QuoteState = Omit<QuoteSnapshot, "translations"> & { translations: Omit<Translation, "id" | "quoteId">[] };

export const quoteKind: EditableKind<QuoteSnapshot, QuoteState> = {
  type: "quote",
  label: "quote",
  indexAs: "quote",
  async load(tx, id) {
    const row = await tx.quote.findUnique({ where: { id }, include: QUOTE_INCLUDE });
    return row && toJson(row);
  },
  async claimVersion(tx, id, version) {
    return (await tx.quote.updateMany({ where: { id, version }, data: { version: { increment: 1 } } })).count === 1;
  },
  async write(tx, id, quote) {
    await tx.quote.update({
      where: { id },
      data: { text: quote.text, lang: quote.lang, spokenLang: quote.spokenLang, deprecatedAt: fromIso(quote.deprecatedAt) },
    });
    const translations = quote.translations.map(({ lang, text, translator, sourceId, isOfficial }) => ({
      lang,
      text,
      translator,
      sourceId,
      isOfficial,
    }));
    await tx.quoteTranslation.deleteMany({ where: { quoteId: id, NOT: { OR: translations } } });
    await tx.quoteTranslation.createMany({
      data: translations.map((translation) => ({ quoteId: id, ...translation })),
      skipDuplicates: true,
    });
  },
  deprecated: (quote, _reason, at) => ({ ...quote, deprecatedAt: at.toISOString() }),
};
