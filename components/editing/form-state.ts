import { logIfRefused } from "@/lib/api/errors";
import { AppError } from "@/lib/errors";
import { toAppError } from "@/lib/editing/database-errors";
import { conflictView, type ConflictView } from "@/lib/editing/conflict-view";
import type { FormValues } from "@/lib/editing/form-values";
import type { DuplicateCandidate } from "@/lib/quotes/find-quote-duplicates";

// What an editing action hands back to its form: always the values as submitted (so nothing
// typed is lost), and the refusal in words people can act on.

export interface EditFormState {
  values: FormValues;
  message?: string;
  /** Messages by the field's dotted name. */
  fields?: Record<string, string>;
  /** Quotes that may be the one being added. */
  duplicates?: DuplicateCandidate[];
  conflict?: ConflictView;
  /** Said once a change is saved on a page that stays open. */
  notice?: string;
}

/** An expected refusal passes its message; anything else is logged and worded generically. */
export function refusal(thrown: unknown, values: FormValues): EditFormState {
  const error = toAppError(thrown);
  if (!(error instanceof AppError)) {
    console.error("editing action failed", error);
    return { values, message: "This could not be saved because of a problem on our side. Your input is kept: try again in a moment." };
  }
  logIfRefused(error.status, error.code);
  const candidates = error.code === "duplicate" ? (error.details?.candidates as DuplicateCandidate[] | undefined) : undefined;
  return { values, message: error.message, fields: error.fields, duplicates: candidates };
}

/** A record id from a route segment or a hidden field, or null. */
export function recordId(value: unknown): number | null {
  const text = String(value ?? "");
  return /^[1-9]\d{0,9}$/.test(text) ? Number(text) : null;
}

/**
 * An edit's refusal; when someone saved first, with what changed since the form was opened
 * (the record now, beside the editor's values) and the version to save over, so that saving
 * again applies the editor's values to the current record.
 */
export async function editRefusal(error: unknown, values: FormValues, loadCurrent: () => Promise<FormValues | undefined>, fieldOf?: Record<string, string>): Promise<EditFormState> {
  const state = refusal(error, values);
  if (!(error instanceof AppError) || error.code !== "conflict") return state;
  const conflict = conflictView(error, (await loadCurrent()) ?? {}, values, fieldOf);
  return { ...state, values: { ...values, version: String(conflict.version) }, conflict };
}
