"use client";

import { LanguageField, LANGUAGES, RowList, SelectField, TextField, useFormField, type RowFields } from "../../fields";
import styles from "../../edit.module.css";

/** The quote's words and translations, named as updateQuote names them. */
export function QuoteFields() {
  return (
    <>
      <TextField name="text" label="The quote, verbatim" multiline rows={4} />
      <div className={styles.grid}>
        <LanguageField name="lang" label="Language of these words" />
        <SelectField name="spokenLang" label="Language first spoken" options={{ "": "The same", ...LANGUAGES }} fallback="" />
      </div>
      <RowList
        group="translations"
        label="Translation"
        addLabel="Add a translation"
        render={(row) => (
          <>
            <div className={styles.grid}>
              <LanguageField name={row.name("lang")} from={row.from("lang")} />
              <TextField name={row.name("translator")} from={row.from("translator")} label="Translated by" />
            </div>
            <TextField name={row.name("text")} from={row.from("text")} label="Translation" multiline rows={3} />
            <TranslationOrigin row={row} />
          </>
        )}
      />
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
