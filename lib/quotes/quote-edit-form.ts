import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { decodeFormRow, encodeFormRow, numberOrText, optional, rows, type FormValues } from "../editing/form-values";
import { TRANSLATION_FORM, type TTranslation } from "./quote-fields";
import type { TUpdateQuote } from "./quote-schemas";

// The quote edit form: the quote as form values, and the form read back into updateQuote's input.

export interface QuoteEditForm {
  quote: { id: number; deprecated: boolean };
  claim: { id: number; slug: string; state: string; statement: string };
  values: FormValues;
}

export async function loadQuoteEditForm(db: Db, actor: Actor, id: number): Promise<QuoteEditForm | null> {
  requireRole(actor, "EDITOR");
  const quote = await db.quote.findUnique({
    where: { id },
    include: {
      translations: { orderBy: { id: "asc" } },
      claim: {
        select: {
          id: true,
          slug: true,
          state: true,
          statements: { select: { lang: true, text: true }, orderBy: { lang: "asc" }, take: 1 },
        },
      },
    },
  });
  if (!quote) return null;
  const values: FormValues = { version: String(quote.version), text: quote.text, lang: quote.lang, spokenLang: quote.spokenLang };
  quote.translations.forEach((translation, index) => encodeFormRow(TRANSLATION_FORM, `translations.${index}`, translation, values));
  const { statements, ...claim } = quote.claim;
  return {
    quote: { id: quote.id, deprecated: quote.deprecatedAt !== null },
    claim: { ...claim, statement: statements[0]?.text ?? "" },
    values,
  };
}

export function quoteUpdateFromForm(values: FormValues): TUpdateQuote {
  const value = (name: string) => values[name] ?? "";
  return {
    version: numberOrText(value("version"))!,
    reason: value("reason"),
    text: value("text"),
    lang: value("lang"),
    spokenLang: optional(value("spokenLang")),
    translations: rows(values, "translations").map((row) => decodeFormRow(TRANSLATION_FORM, row) as TTranslation),
  };
}
