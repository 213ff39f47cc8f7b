import type { TAddCitation } from "../citations/citation-schemas";
import { decodeFormRow, list, numberOrText, optional, rows, type FormValues } from "../editing/form-values";
import { TRANSLATION_FORM, type TTranslation } from "./quote-fields";
import type { TCreateSourcedQuote } from "./quote-schemas";

// The add-a-quote form, read into the input of createSourcedQuote. Nothing is checked here:
// the lib's schemas do that and name the fields, which carry the same dotted names.

/**
 * What the editor asked for with the button they pressed: save (published, or as a draft),
 * perhaps confirming that it is not a duplicate, or add the citations to an existing quote.
 */
export type QuoteFormIntent = { kind: "save"; draft: boolean; confirm: boolean } | { kind: "add-citation"; quoteId: number };

export function quoteFormIntent(value: FormDataEntryValue | null): QuoteFormIntent {
  const text = typeof value === "string" ? value : "";
  const addTo = /^add-citation:(\d+)$/.exec(text);
  if (addTo) return { kind: "add-citation", quoteId: Number(addTo[1]) };
  return { kind: "save", draft: text.endsWith("draft"), confirm: text.startsWith("confirm") };
}

export function sourcedQuoteFromForm(values: FormValues, intent: { draft: boolean; confirm: boolean }): TCreateSourcedQuote {
  const value = (name: string) => values[name] ?? "";
  return {
    speaker: speakerFromForm(values),
    quote: {
      text: value("quote.text"),
      lang: value("quote.lang"),
      spokenLang: optional(value("quote.spokenLang")),
      translations: rows(values, "quote.translations").map((row) => decodeFormRow(TRANSLATION_FORM, row) as TTranslation),
    },
    claim:
      value("claim.mode") === "existing"
        ? { id: numberOrText(value("claim.id")) }
        : {
            create: {
              statements: rows(values, "claim.create.statements").map((row) => ({ lang: row("lang"), text: row("text") })),
              claimedAt: optional(value("claim.create.claimedAt")),
              tags: list(value("claim.create.tags")),
              state: intent.draft ? "DRAFT" : "PUBLISHED",
            },
          },
    citations: citationsFromForm(values),
    confirmNotDuplicate: intent.confirm,
  };
}

function speakerFromForm(values: FormValues): TCreateSourcedQuote["speaker"] {
  const value = (name: string) => values[name] ?? "";
  if (value("speaker.mode") === "new") {
    return {
      create: {
        kind: value("speaker.create.kind") as "PERSON",
        name: value("speaker.create.name"),
        slug: optional(value("speaker.create.slug")),
        names: rows(values, "speaker.create.names").map((row) => ({
          lang: row("lang"),
          value: row("value"),
          kind: row("kind") as "ALIAS",
        })),
      },
    };
  }
  return optional(value("speaker.slug")) ? { slug: value("speaker.slug") } : undefined;
}

/** The citation rows; a source is named by its address, with its fields when it is new. */
export function citationsFromForm(values: FormValues): TAddCitation[] {
  return rows(values, "citations").map((row) => {
    const url = optional(row("source.url"));
    const title = optional(row("source.create.title"));
    return {
      source: title
        ? {
            url,
            create: {
              type: row("source.create.type") as "ARTICLE",
              title,
              lang: row("source.create.lang"),
              containerTitle: optional(row("source.create.containerTitle")),
              issued: optional(row("source.create.issued")),
            },
          }
        : { url },
      role: row("role") as "PRIMARY",
      kind: optional(row("kind")) as TAddCitation["kind"],
      measure: optional(row("measure")),
      page: optional(row("page")),
      paragraph: numberOrText(row("paragraph")),
      startSeconds: numberOrText(row("startSeconds")),
      endSeconds: numberOrText(row("endSeconds")),
      exact: row("exact"),
      prefix: optional(row("prefix")),
      suffix: optional(row("suffix")),
    };
  });
}
