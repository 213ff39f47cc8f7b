import type { Refusal } from "@/lib/actions/action-client";
import { AppError } from "@/lib/errors";
import { conflictView, type ConflictView } from "@/lib/editing/conflict-view";
import { readFormValues, type FormValues } from "@/lib/editing/form-values";
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

/** A refusal beside the values as submitted, with the candidates of a duplicate quote. */
export function editRefused({ message, fields, error }: Refusal, { form }: { form: FormData }): EditFormState {
  const candidates = error?.code === "duplicate" ? (error.details?.candidates as DuplicateCandidate[] | undefined) : undefined;
  return { values: readFormValues(form), message, fields, duplicates: candidates };
}

/**
 * An edit's refusal; when someone saved first, with what changed since the form was opened
 * (the record now, beside the editor's values) and the version to save over, so that saving
 * again applies the editor's values to the current record.
 */
export async function editConflictRefused(
  refusal: Refusal,
  form: FormData,
  loadCurrent: () => Promise<FormValues | undefined>,
  fieldOf?: Record<string, string>,
): Promise<EditFormState> {
  const state = editRefused(refusal, { form });
  if (!(refusal.error instanceof AppError) || refusal.error.code !== "conflict") return state;
  const conflict = conflictView(refusal.error, (await loadCurrent()) ?? {}, state.values, fieldOf);
  return { ...state, values: { ...state.values, version: String(conflict.version) }, conflict };
}
