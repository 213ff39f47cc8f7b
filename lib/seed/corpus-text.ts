import type { DatePrecision } from "../db/generated/client";

/** Paragraphs are the non-empty blocks of a text between blank lines, numbered from 1. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n[ \t]*\n/).filter((block) => block.trim() !== "");
}

export interface TextQuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
  paragraph?: number;
}

/**
 * Why a selector does not match a text, or null when it does: `exact` must occur (in its
 * paragraph when one is given), immediately preceded by `prefix` and followed by `suffix`.
 */
export function selectorMismatch(text: string, selector: TextQuoteSelector): string | null {
  const paragraphs = paragraphsOf(text);
  let scope = text;
  if (selector.paragraph !== undefined) {
    const paragraph = paragraphs[selector.paragraph - 1];
    if (paragraph === undefined) return `paragraph ${selector.paragraph} does not exist (the text has ${paragraphs.length})`;
    scope = paragraph;
  }
  const where = selector.paragraph !== undefined ? `paragraph ${selector.paragraph}` : "the text";
  if (!scope.includes(selector.exact)) return `exact "${selector.exact}" does not occur in ${where}`;
  const whole = (selector.prefix ?? "") + selector.exact + (selector.suffix ?? "");
  if (!scope.includes(whole)) return `exact "${selector.exact}" occurs in ${where}, but not between the given prefix and suffix`;
  return null;
}

const PARTIAL_DATE: Record<DatePrecision, RegExp> = {
  YEAR: /^\d{4}$/,
  MONTH: /^\d{4}-(0[1-9]|1[0-2])$/,
  DAY: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

/** "2025" / "2025-11" / "2025-11-10" at YEAR / MONTH / DAY precision: the first day of the period, in UTC. */
function parsePartialDate(value: string, precision: DatePrecision): Date {
  if (!PARTIAL_DATE[precision].test(value)) throw new Error(`"${value}" is not a date at ${precision} precision`);
  const [year, month = "01", day = "01"] = value.split("-");
  const date = new Date(`${year}-${month}-${day}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`) {
    throw new Error(`"${value}" is not a valid date`);
  }
  return date;
}

/** A full date ("YYYY-MM-DD"). */
export const parseDay = (value: string): Date => parsePartialDate(value, "DAY");

/** A date and its precision, both null or both set. */
export function partialDate(value: string | null, precision: DatePrecision | null): { date: Date | null; precision: DatePrecision | null } {
  if (value === null && precision === null) return { date: null, precision: null };
  if (value === null || precision === null) throw new Error("a date and its precision must both be set, or both be null");
  return { date: parsePartialDate(value, precision), precision };
}
