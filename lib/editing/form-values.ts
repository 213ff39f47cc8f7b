// Editing forms post flat fields named by the dotted path the schemas report errors on
// ("quote.text", "citations.0.source.url"), so a refusal lands beside the field that caused
// it and the submitted values can be handed back to the form as they were typed.

/** A form's fields as typed, by dotted name. */
export type FormValues = Record<string, string>;

/** The text fields of a submission; React's own action fields are left out. */
export function readFormValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && !name.startsWith("$ACTION")) values[name] = value;
  }
  return values;
}

/** How many rows a repeated group has ("quote.translations" → rows 0…n-1). */
export function rowCount(values: FormValues, group: string): number {
  const pattern = new RegExp(`^${group.replace(/\./g, "\\.")}\\.(\\d+)\\.`);
  let count = 0;
  for (const name of Object.keys(values)) {
    const match = pattern.exec(name);
    if (match) count = Math.max(count, Number(match[1]) + 1);
  }
  return count;
}

/** The rows of a repeated group, each as a function reading one of its fields. */
export function rows(values: FormValues, group: string): ((field: string) => string)[] {
  return Array.from({ length: rowCount(values, group) }, (_, index) => (field: string) => values[`${group}.${index}.${field}`] ?? "");
}

/** Empty means "not given". */
export function optional(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}

/** Empty means "none" (cleared). */
export function orNull(value: string | undefined): string | null {
  return optional(value) ?? null;
}

/** A number field: a number when it is one, else the text itself, so the schema says what is wrong. */
export function numberOrText(value: string | undefined): number | undefined {
  const text = optional(value)?.trim();
  if (text === undefined) return undefined;
  return (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text) as number;
}

/** "a, b c" → ["a", "b", "c"]: lists typed in one field. */
export function list(value: string | undefined): string[] {
  return (value ?? "").split(/[,\s]+/).filter(Boolean);
}

/**
 * How one field of a record travels through a form: plain text, optional text (empty is
 * none), a record id, or a checkbox. A record's field map gives one per column, so the forms
 * that read and fill it need no list of their own.
 */
export type FormField = "text" | "optional" | "id" | "checkbox";

export type FormCodec<K extends string> = Readonly<Record<K, FormField>>;

/** One row's fields as typed, decoded for the schema (which says what is wrong with them). */
export function decodeFormRow<K extends string>(codec: FormCodec<K>, row: (field: string) => string): Record<K, unknown> {
  const decoded = {} as Record<K, unknown>;
  for (const [field, kind] of Object.entries(codec) as [K, FormField][]) {
    const typed = row(field);
    decoded[field] = kind === "text" ? typed : kind === "optional" ? optional(typed) : kind === "id" ? numberOrText(typed) : typed === "on";
  }
  return decoded;
}

/** A stored row as the form fields under `prefix` show it (an unticked checkbox posts nothing). */
export function encodeFormRow<K extends string>(
  codec: FormCodec<K>,
  prefix: string,
  record: Record<NoInfer<K>, unknown>,
  values: FormValues,
): void {
  for (const [field, kind] of Object.entries(codec) as [K, FormField][]) {
    const value = record[field];
    if (kind === "checkbox") {
      if (value === true) values[`${prefix}.${field}`] = "on";
    } else values[`${prefix}.${field}`] = value === null || value === undefined ? "" : String(value);
  }
}
