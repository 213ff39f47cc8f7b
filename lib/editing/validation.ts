import type { z } from "zod";
import { AppError } from "../errors";

/**
 * Parses input with its schema, or refuses it with one message per field, keyed by the
 * field's dotted path. A field the caller may not set (an author, a version bump, a role…)
 * is named itself, so a form can show the message where the mistake is.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError("invalid_input", "Some fields are not valid.", fieldMessages(parsed.error));
}

/**
 * One message per field from a zod error, keyed by the field's dotted path ("_" for the whole
 * input). Query parameters are flat: `topLevel` keys them by the parameter alone.
 */
export function fieldMessages(error: z.ZodError, options: { unknownKey?: string; topLevel?: boolean } = {}): Record<string, string> {
  const { unknownKey = "is not a field you can set", topLevel = false } = options;
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    const message = issue.code === "unrecognized_keys" ? unknownKey : issue.message;
    for (const path of keys) {
      const name = path.length ? (topLevel ? String(path[0]) : path.map(String).join(".")) : "_";
      fields[name] ??= message;
    }
  }
  return fields;
}
