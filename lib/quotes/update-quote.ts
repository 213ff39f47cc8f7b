import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { editRecord } from "../editing/edit-record";
import { quoteKind, type QuoteSnapshot } from "./quote-record";
import { parseInput } from "../editing/validation";
import { translationColumns } from "./quote-fields";
import { ZUpdateQuote, type TUpdateQuote } from "./quote-schemas";

/** Corrects a quote's words or languages; `translations`, when given, replaces them all. */
export async function updateQuote(db: Db, actor: Actor, id: number, input: TUpdateQuote): Promise<QuoteSnapshot> {
  requireRole(actor, "EDITOR");
  const { version, reason, ...patch } = parseInput(ZUpdateQuote, input);
  return editRecord(db, actor, quoteKind, id, { version, reason, action: "UPDATE" }, (current) => ({
    ...current,
    text: patch.text ?? current.text,
    lang: patch.lang ?? current.lang,
    spokenLang: patch.spokenLang ?? current.spokenLang,
    translations: patch.translations ? patch.translations.map(translationColumns) : current.translations,
  }));
}
