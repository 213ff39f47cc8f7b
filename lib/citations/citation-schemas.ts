import { z } from "zod";
import { CitationKind, CitationRole } from "../db/generated/enums";
import { checkSeconds, present, SECONDS_RULE, zCreateReason, zEdit, zId, zLocator, zOptionalText, zText } from "../editing/schema-parts";
import { ZSourceRef } from "../sources/source-schemas";

// A citation: the source, where in it (the locator), and the words exactly as it shows them
// (a W3C TextQuoteSelector: exact, with prefix and suffix to tell repeated words apart). A
// figure from a dataset or chart is no quotation: its value and what it measures.

const zRole = z.enum(CitationRole, { error: "must be PRIMARY (the original) or RELAY (an outlet passing it on)" });

const zKind = z.enum(CitationKind, { error: "must be QUOTATION (words) or FIGURE (a value from a dataset or chart)" });

const citationShape = {
  role: zRole,
  kind: zKind.default("QUOTATION"),
  measure: zOptionalText(500).meta({
    description: 'FIGURE only: what the value measures, such as "cumulative downloads on Hugging Face, October 2025".',
  }),
  ...zLocator,
  exact: zText(20_000).meta({ description: "The words exactly as the source shows them; for a FIGURE, the value as the source gives it." }),
  prefix: zOptionalText(500),
  suffix: zOptionalText(500),
};

/** What is wrong with a citation's measure: a FIGURE says what it measures, a QUOTATION has none (citations_figure_check). */
export function measureProblem(kind: string | undefined, measure: string | null | undefined): string | null {
  if (kind === "FIGURE" && !measure) return "say what the figure measures";
  if (kind !== "FIGURE" && measure) return "is only for a FIGURE citation";
  return null;
}

function checkFigure(value: { kind?: string; measure?: string | null }, ctx: z.RefinementCtx): void {
  const problem = measureProblem(value.kind, value.measure);
  if (problem) ctx.addIssue({ code: "custom", path: ["measure"], message: problem });
}

/** checkFigure as JSON Schema. */
const FIGURE_RULE = {
  if: { required: ["kind"], properties: { kind: { const: "FIGURE" } } },
  then: present("measure"),
  else: { properties: { measure: { anyOf: [{ type: "null" }, { type: "string", pattern: String.raw`^\s*$` }] } } },
};

export const ZCitationInput = z
  .strictObject({ source: ZSourceRef, ...citationShape })
  .superRefine(checkSeconds)
  .superRefine(checkFigure)
  .meta({ id: "CitationInput", allOf: [SECONDS_RULE, FIGURE_RULE] });
export type TCitationInput = z.output<typeof ZCitationInput>;

export const ZAddCitation = z
  .strictObject({ source: ZSourceRef, ...citationShape, reason: zCreateReason })
  .superRefine(checkSeconds)
  .superRefine(checkFigure)
  .meta({
    id: "AddCitation",
    allOf: [SECONDS_RULE, FIGURE_RULE],
    examples: [
      { source: { id: 1 }, role: "RELAY", paragraph: 3, exact: "China is going to win the AI race", reason: "Relayed by Bloomberg" },
    ],
  });
export type TAddCitation = z.input<typeof ZAddCitation>;

/** Several citations of one quote, written together or not at all. */
export const ZAddCitations = z
  .strictObject({
    citations: z.array(ZCitationInput).min(1, "add at least one citation").max(50, "takes at most 50 citations"),
    reason: zCreateReason,
  })
  .meta({ id: "AddCitations" });
export type TAddCitations = z.input<typeof ZAddCitations>;

export const ZUpdateCitation = z
  .strictObject({
    ...zEdit,
    sourceId: zId.optional(),
    role: zRole.optional(),
    kind: zKind.optional(),
    measure: citationShape.measure,
    ...zLocator,
    exact: citationShape.exact.optional(),
    prefix: citationShape.prefix,
    suffix: citationShape.suffix,
  })
  .meta({ id: "UpdateCitation" });
export type TUpdateCitation = z.input<typeof ZUpdateCitation>;
