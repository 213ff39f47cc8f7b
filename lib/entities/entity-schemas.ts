import { z } from "zod";
import { EntityKind, NameKind } from "../db/generated/enums";
import { zCreateReason, zEdit, zLang, zLine, zOptionalText, zSlug } from "../editing/schema-parts";

// What an editor may say about a person, organisation or product. The slug is the entity's
// address; when it is left out it is made from the English name.

const ZEntityName = z.strictObject({
  lang: zLang,
  value: zLine(300),
  kind: z.enum(NameKind, { error: "must be NAME or ALIAS" }).default("ALIAS"),
});

const zNames = z
  .array(ZEntityName)
  .max(100, "takes at most 100 names")
  .superRefine((names, ctx) => {
    const seen = new Set<string>();
    const primary = new Set<string>();
    names.forEach((name, index) => {
      const key = `${name.lang}\u0000${name.value}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index, "value"], message: "is listed twice in this language" });
      seen.add(key);
      if (name.kind === "NAME") {
        if (primary.has(name.lang))
          ctx.addIssue({ code: "custom", path: [index, "kind"], message: "one NAME per language; make the others ALIAS" });
        primary.add(name.lang);
      }
    });
  })
  .meta({ description: "No name twice in one language, and one NAME per language (the others ALIAS)." });

const zWikidataId = z
  .string({ error: "must be a Wikidata item id" })
  .regex(/^Q[1-9][0-9]*$/, "must be a Wikidata item id such as Q305177")
  .meta({ examples: ["Q305177"] });

export const ZEntityFields = z.strictObject({
  slug: zSlug.optional(),
  kind: z.enum(EntityKind, { error: "must be PERSON, ORGANIZATION or PRODUCT" }),
  name: zLine(300).meta({ description: "Display name in English." }),
  wikidataId: zWikidataId.nullable().optional(),
  description: zOptionalText(2_000),
  names: zNames
    .default([])
    .meta({ description: "Every name and alias, in every language; the English name is added as a NAME when missing." }),
});
export type TEntityFields = z.output<typeof ZEntityFields>;

export const ZCreateEntity = ZEntityFields.extend({ reason: zCreateReason }).meta({ id: "CreateEntity" });
export type TCreateEntity = z.input<typeof ZCreateEntity>;

export const ZUpdateEntity = z
  .strictObject({
    ...zEdit,
    slug: zSlug.optional(),
    kind: ZEntityFields.shape.kind.optional(),
    name: ZEntityFields.shape.name.optional(),
    wikidataId: ZEntityFields.shape.wikidataId,
    description: ZEntityFields.shape.description,
    names: zNames.optional().meta({ description: "Replaces the whole list." }),
  })
  .meta({ id: "UpdateEntity" });
export type TUpdateEntity = z.input<typeof ZUpdateEntity>;
