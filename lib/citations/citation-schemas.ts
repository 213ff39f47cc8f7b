import { z } from "zod";
import { CitationRole } from "../db/generated/enums";
import { checkSeconds, zCreateReason, zEdit, zId, zLocator, zOptionalText, zText } from "../editing/schema-parts";
import { ZSourceRef } from "../sources/source-schemas";

// A citation: the source, where in it (the locator), and the words exactly as it shows them
// (a W3C TextQuoteSelector: exact, with prefix and suffix to tell repeated words apart).

const zRole = z.enum(CitationRole, { error: "must be PRIMARY (the original) or RELAY (an outlet passing it on)" });

const citationShape = {
  role: zRole,
  ...zLocator,
  exact: zText(20_000).meta({ description: "The words exactly as the source shows them." }),
  prefix: zOptionalText(500),
  suffix: zOptionalText(500),
};

export const ZCitationInput = z
  .strictObject({ source: ZSourceRef, ...citationShape })
  .superRefine(checkSeconds)
  .meta({ id: "CitationInput" });
export type TCitationInput = z.output<typeof ZCitationInput>;

export const ZAddCitation = z
  .strictObject({ source: ZSourceRef, ...citationShape, reason: zCreateReason })
  .superRefine(checkSeconds)
  .meta({ id: "AddCitation" });
export type TAddCitation = z.input<typeof ZAddCitation>;

export const ZUpdateCitation = z
  .strictObject({
    ...zEdit,
    sourceId: zId.optional(),
    role: zRole.optional(),
    ...zLocator,
    exact: citationShape.exact.optional(),
    prefix: citationShape.prefix,
    suffix: citationShape.suffix,
  })
  .meta({ id: "UpdateCitation" });
export type TUpdateCitation = z.input<typeof ZUpdateCitation>;
