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

export function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    const message = issue.code === "unrecognized_keys" ? "is not a field you can set" : issue.message;
    for (const path of keys) {
      const name = path.length ? path.map(String).join(".") : "_";
      fields[name] ??= message;
    }
  }
  return fields;
}
