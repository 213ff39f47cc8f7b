import { z } from "zod";
import { DatePrecision } from "../db/generated/enums";

// Field schemas shared by every editing form, server action, JSON endpoint and the importer,
// each with the message a person sees next to the field. They mirror the check constraints
// of the migrations, so that a bad value is refused here, by field, before SQL sees it.

const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** NUL and the other C0/C1 controls Postgres or an export would choke on; tab and line breaks are text. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/;
/** Half of a surrogate pair: with the u flag a whole pair is one code point and never matches. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;
/** Every line break an export format or a reader may honour. */
const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/;

/**
 * What every stored string must be: Unicode text without control characters, and without
 * U+FFFD, which only ever means bytes were lost in decoding (a form or file that was not
 * UTF-8), so it is refused rather than stored in place of what the source said.
 */
function checkText(value: string, ctx: z.RefinementCtx, singleLine: boolean): void {
  if (CONTROL.test(value)) ctx.addIssue({ code: "custom", message: "must not contain control characters such as NUL" });
  else if (LONE_SURROGATE.test(value))
    ctx.addIssue({ code: "custom", message: "must be valid Unicode text (it holds half of a surrogate pair)" });
  else if (value.includes("\uFFFD"))
    ctx.addIssue({ code: "custom", message: "holds U+FFFD, the mark of text damaged in decoding: paste it again from the source" });
  else if (singleLine && LINE_BREAK.test(value)) ctx.addIssue({ code: "custom", message: "must be one line (no line breaks)" });
}

// checkText's rules as JSON Schema patterns, so the OpenAPI document refuses what the API refuses.
const TEXT_CHAR = String.raw`[^\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\ud800-\udfff\ufffd]`;
const LINE_CHAR = String.raw`[^\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufffd]`;
const textPattern = (singleLine: boolean, required: boolean) =>
  `^${required ? String.raw`(?=[\s\S]*\S)` : ""}${singleLine ? LINE_CHAR : TEXT_CHAR}*$`;

/** A string that is valid text (checkText); for patterns and addresses that take any character. */
export const zCleanString = (error: string, singleLine = true) =>
  z.string({ error }).superRefine((value, ctx) => checkText(value, ctx, singleLine));

const zTextOf = (max: number, singleLine: boolean) =>
  z
    .string({ error: "must be text" })
    .trim()
    .superRefine((value, ctx) => checkText(value, ctx, singleLine))
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .meta({ pattern: textPattern(singleLine, true) });

const zOptionalTextOf = (max: number, singleLine: boolean) =>
  z
    .string({ error: "must be text" })
    .trim()
    .superRefine((value, ctx) => checkText(value, ctx, singleLine))
    .max(max, `must be at most ${max} characters`)
    .meta({ pattern: textPattern(singleLine, false) })
    .nullable()
    .optional()
    .transform((value) => (value === "" ? null : value));

/** Non-blank running text, trimmed; line breaks allowed. */
export const zText = (max = 10_000) => zTextOf(max, false);

/** Optional running text where an empty string means "none". */
export const zOptionalText = (max = 10_000) => zOptionalTextOf(max, false);

/**
 * A title, a name, a label: one line. Line breaks are refused, not folded, because the value
 * is the record (a name changed silently is a wrong name) and because a break in one is how a
 * RIS or BibTeX export is split into forged records.
 */
export const zLine = (max = 1_000) => zTextOf(max, true);

/** An optional single line where an empty string means "none". */
export const zOptionalLine = (max = 1_000) => zOptionalTextOf(max, true);

export const zLang = z
  .string({ error: "must be a language tag" })
  .regex(LANG_PATTERN, "must be a BCP 47 language tag such as en or zh-Hant")
  .meta({ examples: ["en", "zh-Hant"] });

export const zSlug = z
  .string({ error: "must be a slug" })
  .max(200, "must be at most 200 characters")
  .regex(SLUG_PATTERN, "must be lowercase letters, digits and single hyphens, such as jensen-huang")
  .meta({ examples: ["jensen-huang"] });

export const zId = z.number({ error: "must be a record id" }).int("must be a whole number").positive("must be a record id");

/** The version the editor started from; the write is refused if the record has moved on. */
export const zVersion = z.number({ error: "must be the version you edited" }).int("must be a whole number").min(1, "must be 1 or more");

/** Every change says why: the reason is kept with the revision. */
export const zReason = zText(2_000).meta({ description: "Why this change is made; kept in the revision history." });

/** What every edit of an existing record carries: the version it started from, and why. */
export const zEdit = { version: zVersion, reason: zReason };

/** Creating has an obvious reason; callers may still give their own. */
export const zCreateReason = zReason.optional();

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export interface PartialDateValue {
  date: Date;
  precision: DatePrecision;
}

/** "2025", "2025-11" or "2025-11-05": the precision is what the writer knew. */
export const zPartialDate = z
  .string({ error: "must be a date as YYYY, YYYY-MM or YYYY-MM-DD" })
  .meta({ pattern: PARTIAL_DATE.source, examples: ["2025-11-09", "2025-11", "2025"] })
  .transform((value, ctx): PartialDateValue => {
    const match = PARTIAL_DATE.exec(value);
    const date = match ? new Date(`${match[1]}-${match[2] ?? "01"}-${match[3] ?? "01"}T00:00:00.000Z`) : null;
    if (!match || !date || Number.isNaN(date.getTime()) || (match[3] && date.getUTCDate() !== Number(match[3]))) {
      ctx.addIssue({ code: "custom", message: "must be a real date as YYYY, YYYY-MM or YYYY-MM-DD" });
      return z.NEVER;
    }
    const precision = match[3] ? DatePrecision.DAY : match[2] ? DatePrecision.MONTH : DatePrecision.YEAR;
    return { date, precision };
  });

/** A full date, for columns without a precision. */
export const zDay = z
  .string({ error: "must be a date as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .meta({ examples: ["2025-11-09"] })
  .transform((value, ctx) => {
    const date = new Date(`${value}T00:00:00.000Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "is not a real date" });
      return z.NEVER;
    }
    return date;
  });

/** An existing entity, by id or by slug. */
export const ZEntityRef = z
  .strictObject({ id: zId.optional(), slug: zSlug.optional() })
  .refine((ref) => (ref.id === undefined) !== (ref.slug === undefined), { message: "give the entity's id or its slug, not both" })
  .meta({ id: "EntityRef", oneOf: [{ required: ["id"] }, { required: ["slug"] }], examples: [{ slug: "jensen-huang" }, { id: 1 }] });
export type TEntityRef = z.output<typeof ZEntityRef>;

/** Where in a source: the locator columns and their check constraints. */
export const zLocator = {
  page: zOptionalLine(50),
  paragraph: z
    .number({ error: "must be a paragraph number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .nullable()
    .optional(),
  startSeconds: z
    .number({ error: "must be a number of seconds" })
    .int("must be whole seconds")
    .min(0, "must be 0 or more")
    .nullable()
    .optional(),
  endSeconds: z
    .number({ error: "must be a number of seconds" })
    .int("must be whole seconds")
    .min(0, "must be 0 or more")
    .nullable()
    .optional()
    .meta({ description: "Needs startSeconds, and must not be before it." }),
};

/** Mirrors citations_seconds_check: an end needs a start, and cannot come before it. */
export function checkSeconds(value: { startSeconds?: number | null; endSeconds?: number | null }, ctx: z.RefinementCtx): void {
  const { startSeconds, endSeconds } = value;
  if (endSeconds === undefined || endSeconds === null) return;
  if (startSeconds === undefined || startSeconds === null)
    ctx.addIssue({ code: "custom", path: ["startSeconds"], message: "is needed when endSeconds is given" });
  else if (endSeconds < startSeconds) ctx.addIssue({ code: "custom", path: ["endSeconds"], message: "must not be before startSeconds" });
}

/** checkSeconds' first rule as JSON Schema; "not before startSeconds" compares two values, which JSON Schema cannot. */
export const SECONDS_RULE = {
  if: { required: ["endSeconds"], properties: { endSeconds: { type: "integer" } } },
  then: { required: ["startSeconds"], properties: { startSeconds: { type: "integer" } } },
};

/** JSON Schema for "this property holds a non-blank value", for rules that tie fields together. */
export const present = (...names: string[]) => ({
  required: names,
  properties: Object.fromEntries(
    names.map((name) => [name, { not: { anyOf: [{ type: "null" }, { type: "string", pattern: String.raw`^\s*$` }] } }]),
  ),
});

/** Deprecation replaces deletion: nothing is removed, and the reason is kept. */
export const ZDeprecate = z.strictObject(zEdit).meta({ id: "Deprecate" });
export type TDeprecate = z.input<typeof ZDeprecate>;
