"use client";

import { SelectField, TextField } from "@/components/editing/fields";
import { ClaimPicker } from "@/components/editing/pickers";
import styles from "@/components/editing/edit.module.css";

const KINDS = {
  WALKS_BACK: "walks back",
  RETRACTS: "retracts",
  CLARIFIES: "clarifies",
  REPEATS: "repeats",
  CONTRADICTS: "contradicts",
  SUPPORTS: "supports",
  PARAPHRASES: "paraphrases",
};

/** "This claim walks back / clarifies / … that one", as of a date, shown by a source. */
export function LinkFields() {
  return (
    <>
      <SelectField name="kind" label="This claim…" options={KINDS} />
      <ClaimPicker name="toClaimId" label="…the claim" hint="Type words of the other claim or its speaker's name, or its number." />
      <div className={styles.grid}>
        <TextField name="relatedAt" label="On (optional)" hint="The day, as YYYY-MM-DD." />
        <TextField name="sourceUrl" label="Shown by the source at (optional)" type="url" hint="The address of a source already recorded." />
      </div>
      <TextField name="note" label="Note (optional)" multiline rows={2} />
    </>
  );
}
