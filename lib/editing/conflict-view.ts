import type { AppError } from "../errors";
import type { FormValues } from "./form-values";

// A refused edit (someone saved first), in the terms of the form: which fields changed since
// the editor opened it, with the value now saved beside the one the editor typed.

export interface ConflictField {
  field: string;
  current: string;
  yours: string;
}

export interface ConflictView {
  /** The version now saved: saving again applies the editor's values on top of it. */
  version: number;
  fields: ConflictField[];
}

/** A field as one line of text: a plain field, or a repeated group's rows ("en: …"). */
function describeField(values: FormValues, field: string): string {
  if (field in values) return values[field]!;
  const grouped = new Map<string, string[]>();
  for (const [name, value] of Object.entries(values)) {
    const match = new RegExp(`^${field.replace(/\./g, "\\.")}\\.(\\d+)\\.`).exec(name);
    if (match && value) grouped.set(match[1]!, [...(grouped.get(match[1]!) ?? []), value]);
  }
  return [...grouped.values()].map((parts) => parts.join(": ")).join("\n");
}

/**
 * `fieldOf` maps a record's snapshot fields to the form's ("claimedAtPrecision" is part of
 * "claimedAt"); snapshot fields the form does not show are listed under their own name.
 */
export function conflictView(error: AppError, current: FormValues, yours: FormValues, fieldOf: Record<string, string> = {}): ConflictView {
  const changed = (error.details?.changedFields as string[] | undefined) ?? [];
  const fields = [...new Set(changed.map((field) => fieldOf[field] ?? field))];
  const version = Number((error.details?.current as { version?: number } | undefined)?.version);
  return {
    version,
    fields: fields.map((field) => ({ field, current: describeField(current, field), yours: describeField(yours, field) })),
  };
}
