"use client";

import { useActionState, useState } from "react";
import { rowCount, type FormValues } from "@/lib/editing/form-values";
import { ErrorSummary, FormFields, useAnswerKey } from "@/components/editing/fields";
import type { EditFormState } from "@/components/editing/form-state";
import styles from "@/components/editing/edit.module.css";
import { addQuoteAction } from "./actions";
import { CitationSection } from "./citation-section";
import { DuplicateNotice } from "./duplicate-notice";
import { ClaimSection, QuoteSection, SpeakerSection } from "./quote-sections";

const BLANK: EditFormState = { values: {} };

/** One form for a sourced quote: speaker, words, claim and citations, saved together. */
export function NewQuoteForm() {
  const [state, formAction, pending] = useActionState<EditFormState, FormData>(addQuoteAction, BLANK);
  const answer = useAnswerKey(state);
  return (
    <form action={formAction} className={styles.form} aria-label="Add a quote" noValidate>
      {/* Keyed on each answer: the fields start again from the values just submitted. */}
      <FormFields key={answer} values={state.values} fields={state.fields} idPrefix="quote">
        <QuoteFormBody state={state} pending={pending} />
      </FormFields>
    </form>
  );
}

function QuoteFormBody({ state, pending }: { state: EditFormState; pending: boolean }) {
  const [citations, setCitations] = useState(() => initialCitations(state.values));
  const draft = citations === 0;
  return (
    <>
      {state.duplicates?.length ? null : <ErrorSummary message={state.message} fields={state.fields} />}
      <SpeakerSection />
      <QuoteSection />
      <ClaimSection />
      <CitationSection onCount={setCitations} />
      <div className={styles.actions}>
        <button type="submit" name="intent" value={draft ? "draft" : "save"} className={styles.button} disabled={pending}>
          {draft ? "Save as draft" : "Save and publish"}
        </button>
        <p className={styles.hint}>
          {draft
            ? "Without a citation the quote is kept as a draft, seen by editors only."
            : "Likely duplicates are shown before anything is saved."}
        </p>
      </div>
      {/* After the main button, so that Enter in a field never picks one of the duplicates. */}
      {state.duplicates?.length ? <DuplicateNotice candidates={state.duplicates} draft={draft} pending={pending} /> : null}
    </>
  );
}

/** A new form starts with one citation to fill; a returned one with the rows it had. */
function initialCitations(values: FormValues): number {
  return Object.keys(values).length ? rowCount(values, "citations") : 1;
}
