"use client";

import { LanguageField, LANGUAGES, SelectField, TextField, useFormField, type RowFields } from "@/components/editing/fields";
import styles from "@/components/editing/edit.module.css";
import { TranslationRows } from "@/components/editing/translation-rows";

/** The quote's words and translations, named as updateQuote names them. */
export function QuoteFields() {
  return (
    <>
      <TextField name="text" label="The quote, verbatim" multiline rows={4} />
      <div className={styles.grid}>
        <LanguageField name="lang" label="Language of these words" />
        <SelectField name="spokenLang" label="Language first spoken" options={{ "": "The same", ...LANGUAGES }} fallback="" />
      </div>
      <TranslationRows group="translations" extra={(row) => <TranslationOrigin row={row} />} />
    </>
  );
}

/** Whether the translation is the speaker's own, and the source it is taken from (kept as it was). */
function TranslationOrigin({ row }: { row: RowFields }) {
  const official = useFormField(row.name("isOfficial"), row.from("isOfficial"));
  const source = useFormField(row.name("sourceId"), row.from("sourceId"));
  return (
    <>
      <input type="hidden" name={row.name("sourceId")} value={source.value ?? ""} />
      <label htmlFor={official.id} className={styles.check}>
        <input id={official.id} type="checkbox" name={row.name("isOfficial")} defaultChecked={official.value === "on"} />
        An official translation
      </label>
    </>
  );
}
