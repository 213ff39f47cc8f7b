import { z } from "zod";
import type { FormCodec } from "../editing/form-values";
import { present, zId, zLang, zOptionalLine, zText } from "../editing/schema-parts";

// A quote's fields and its translations' fields, once. The API's input and output schemas, the
// edit log's snapshot, the database writes (create and edit) and both forms read from here:
// a new translation field is added to ZTranslationFields and TRANSLATION_FORM (the compiler
// asks for both) and to the form component that shows it.

/** A translation as stored, without its row ids: what the record, its revisions and the API answer hold. */
export const ZTranslationFields = z.strictObject({
  lang: zLang,
  text: zText(20_000),
  translator: zOptionalLine(300).meta({ description: "Who translated; leave out when the translation is taken from sourceId." }),
  sourceId: zId.nullable(),
  isOfficial: z.boolean({ error: "must be true or false" }),
});
export type TranslationFields = z.output<typeof ZTranslationFields>;

/** A translation as written to the API: who translated or where it was taken from, at least one. */
export const ZTranslation = ZTranslationFields.extend({
  sourceId: ZTranslationFields.shape.sourceId.optional(),
  isOfficial: ZTranslationFields.shape.isOfficial.default(false),
})
  .superRefine((translation, ctx) => {
    if (!translation.translator && !translation.sourceId)
      ctx.addIssue({ code: "custom", path: ["translator"], message: "name the translator, or the source the translation is taken from" });
  })
  .meta({ anyOf: [present("translator"), present("sourceId")] });
export type TTranslationInput = z.output<typeof ZTranslation>;
/** A translation as a form or client sends it, before the schema reads it. */
export type TTranslation = z.input<typeof ZTranslation>;

/** The columns of a translation as the schema read it; a field left out is stored as none. */
export function translationColumns(translation: TTranslationInput): TranslationFields {
  const columns = {} as Record<keyof TranslationFields, unknown>;
  for (const field of Object.keys(ZTranslationFields.shape) as (keyof TranslationFields)[]) columns[field] = translation[field] ?? null;
  return columns as TranslationFields;
}

/** How each translation field is typed into the add and edit forms. */
export const TRANSLATION_FORM = {
  lang: "text",
  text: "text",
  translator: "optional",
  sourceId: "id",
  isOfficial: "checkbox",
} as const satisfies FormCodec<keyof TranslationFields>;
