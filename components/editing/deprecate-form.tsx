"use client";

import type { EditFormState } from "./form-state";
import { EditForm } from "./edit-form";

type EditAction = (previous: EditFormState, form: FormData) => Promise<EditFormState>;

/** Nothing is deleted: deprecating keeps the record and its history, with the reason. */
export function DeprecateForm({ action, version, what }: { action: EditAction; version: number; what: string }) {
  return (
    <EditForm
      action={action}
      values={{ version: String(version) }}
      label={`Deprecate this ${what}`}
      idPrefix="deprecate"
      submit={`Deprecate this ${what}`}
      reasonLabel="Why it is deprecated"
      danger
    />
  );
}
