"use client";

import type { ReactNode } from "react";
import { LanguageField, RowList, TextField, type RowFields } from "./fields";
import styles from "./edit.module.css";

/** The rows of a quote's translations, as the new-quote and edit-quote forms both ask for them. */
export function TranslationRows({ group, extra }: { group: string; extra?: (row: RowFields) => ReactNode }) {
  return (
    <RowList
      group={group}
      label="Translation"
      addLabel="Add a translation"
      render={(row) => (
        <>
          <div className={styles.grid}>
            <LanguageField name={row.name("lang")} from={row.from("lang")} />
            <TextField name={row.name("translator")} from={row.from("translator")} label="Translated by" />
          </div>
          <TextField name={row.name("text")} from={row.from("text")} label="Translation" multiline rows={3} />
          {extra?.(row)}
        </>
      )}
    />
  );
}
