import { z } from "zod";
import { ZCitationInput } from "../citations/citation-schemas";
import { ZNewClaim } from "../claims/claim-schemas";
import { zCreateReason, zEdit, zId, zLang, zSlug, zText } from "../editing/schema-parts";
import { ZEntityFields } from "../entities/entity-schemas";
import { CITED, UNLESS_DRAFT } from "../claims/claim-schemas";
import { ZTranslation } from "./quote-fields";

// Adding a sourced quote: who said it, the words in their original language with any
// translations, the claim they support, and the citations that show where they were said.
// Without a citation a quote can only be kept as a draft.

const zTranslations = z
  .array(ZTranslation)
  .max(20, "takes at most 20 translations")
  .superRefine((translations, ctx) => {
    const seen = new Set<string>();
    translations.forEach((translation, index) => {
      const key = `${translation.lang}\u0000${translation.text}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index, "text"], message: "is listed twice" });
      seen.add(key);
    });
  })
  .meta({ description: "No two translations with the same language and text." });

const ZQuoteWords = z.strictObject({
  text: zText(20_000).meta({ description: "The words verbatim, in `lang`." }),
  lang: zLang,
  spokenLang: zLang.optional().meta({ description: "The language the words were first said in; defaults to lang." }),
  translations: zTranslations.default([]),
});

/** The speaker: an existing entity by id or slug, or a new one. */
const ZSpeaker = z
  .strictObject({ id: zId.optional(), slug: zSlug.optional(), create: ZEntityFields.optional() })
  .refine((ref) => [ref.id, ref.slug, ref.create].filter((value) => value !== undefined).length === 1, {
    message: "give the speaker's id, slug, or a new entity (create), exactly one",
  })
  .meta({
    id: "Speaker",
    oneOf: [{ required: ["id"] }, { required: ["slug"] }, { required: ["create"] }],
    examples: [{ slug: "jensen-huang" }],
  });
export type TSpeaker = z.output<typeof ZSpeaker>;

const ZClaimChoice = z
  .strictObject({ id: zId.optional(), create: ZNewClaim.optional() })
  .refine((choice) => (choice.id === undefined) !== (choice.create === undefined), {
    message: "give an existing claim's id, or a new claim (create), exactly one",
  })
  .meta({ oneOf: [{ required: ["id"] }, { required: ["create"] }], examples: [{ id: 1 }] });

export const ZCreateSourcedQuote = z
  .strictObject({
    speaker: ZSpeaker.optional().meta({ description: "Required with a new claim; with an existing claim it must be the claim's speaker." }),
    quote: ZQuoteWords,
    claim: ZClaimChoice,
    citations: z.array(ZCitationInput).max(50, "takes at most 50 citations").default([]),
    confirmNotDuplicate: z.boolean({ error: "must be true or false" }).default(false).meta({
      description: "Save even though the same or a close quote exists (the 409 duplicate answer lists them).",
    }),
    reason: zCreateReason,
  })
  .superRefine((input, ctx) => {
    if (input.claim.create && !input.speaker) ctx.addIssue({ code: "custom", path: ["speaker"], message: "say who said it" });
    if (input.claim.create && input.claim.create.state === "PUBLISHED" && input.citations.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["citations"],
        message: "a quote needs at least one citation to be published; add one, or save the claim as a DRAFT",
      });
    }
  })
  .meta({
    id: "CreateSourcedQuote",
    examples: [
      {
        speaker: { slug: "jensen-huang" },
        quote: {
          text: "China is going to win the AI race.",
          lang: "en",
          translations: [{ lang: "zh-Hant", text: "中國將贏得人工智能競賽。", translator: "Claimtrail" }],
        },
        claim: { create: { statements: [{ lang: "en", text: "China will win the AI race." }], claimedAt: "2025-11" } },
        citations: [{ source: { id: 1 }, role: "PRIMARY", startSeconds: 754, endSeconds: 760, exact: "China is going to win the AI race" }],
      },
    ],
    allOf: [
      {
        if: { required: ["claim"], properties: { claim: { required: ["create"], properties: { create: {} } } } },
        then: { required: ["speaker"], properties: { speaker: {} } },
      },
      { if: { required: ["claim"], properties: { claim: { required: ["create"], properties: { create: UNLESS_DRAFT } } } }, then: CITED },
    ],
  });
export type TCreateSourcedQuote = z.input<typeof ZCreateSourcedQuote>;
export type TSourcedQuote = z.output<typeof ZCreateSourcedQuote>;

export const ZUpdateQuote = z
  .strictObject({
    ...zEdit,
    text: ZQuoteWords.shape.text.optional(),
    lang: zLang.optional(),
    spokenLang: zLang.optional(),
    translations: zTranslations.optional().meta({ description: "Replaces every translation." }),
  })
  .meta({ id: "UpdateQuote" });
export type TUpdateQuote = z.input<typeof ZUpdateQuote>;
