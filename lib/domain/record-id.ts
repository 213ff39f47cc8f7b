import { z } from "zod";

// A record's id as it arrives from outside: a route segment, a hidden form field, "#12" typed
// in a picker. Ids are Postgres integers, 1 to 2^31 − 1; anything else names no record.

const MAX_ID = 2_147_483_647;

/** The id a decimal text (or number) names, or null. */
export function parseRecordId(value: unknown): number | null {
  const text = String(value ?? "");
  if (!/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= MAX_ID ? id : null;
}

/** A record id from a form field, for the shared schemas. */
export const zFormId = z.unknown().transform((value, ctx) => {
  const id = parseRecordId(value);
  if (id === null) ctx.addIssue({ code: "custom", message: "This form is missing what it refers to; reload the page." });
  return id ?? z.NEVER;
});
