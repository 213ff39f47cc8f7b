"use client";

import { ATTRIBUTION_STATUS_LABELS } from "@/lib/domain/labels";
import { SelectField, TextField } from "@/components/editing/fields";
import { EntityPicker } from "@/components/editing/pickers";
import styles from "@/components/editing/edit.module.css";
import { StatementRows } from "@/components/editing/statement-rows";

const RANKS = { "": "Keep as it is", NORMAL: "Normal", PREFERRED: "Preferred" };
const VERDICTS = {
  "": "None",
  TRUE: "True",
  MOSTLY_TRUE: "Mostly true",
  MIXED: "Mixed",
  MOSTLY_FALSE: "Mostly false",
  FALSE: "False",
  UNPROVEN: "Unproven",
};
const STATES = { PUBLISHED: "Published", DRAFT: "Draft (editors only)" };

/** The claim's fields, named as updateClaim names them. */
export function ClaimFields() {
  return (
    <>
      <fieldset className={styles.section}>
        <legend>What was claimed</legend>
        <StatementRows group="statements" textLabel="Statement" />
        <EntityPicker name="speaker" label="Speaker" />
        <TextField
          name="coSpeakers"
          label="Co-speakers"
          hint="Others who said it with the speaker (co-authors): entity slugs, separated by commas."
        />
        <div className={styles.grid}>
          <TextField name="claimedAt" label="When it was said" hint="2025, 2025-11 or 2025-11-05; empty if unknown." />
          <TextField name="slug" label="Address name" />
          <SelectField name="state" label="Publication" options={STATES} />
        </div>
      </fieldset>
      <fieldset className={styles.section}>
        <legend>Assessment</legend>
        <div className={styles.grid}>
          <SelectField name="status" label="Attribution" options={ATTRIBUTION_STATUS_LABELS} />
          <SelectField name="rank" label="Rank" options={RANKS} />
          <SelectField name="verdict" label="Verdict" options={VERDICTS} />
        </div>
        <TextField name="rankReason" label="Why this rank" multiline rows={2} />
        <TextField name="verdictNote" label="Verdict note" multiline rows={2} />
        <EntityPicker name="misattributedBy" label="Misattributed by (when misattributed)" />
        <TextField name="misattributionEvidence" label="Evidence of the misattribution" multiline rows={2} />
        <EntityPicker name="actualSpeaker" label="Who really said it (when misattributed and known)" />
      </fieldset>
      <fieldset className={styles.section}>
        <legend>About</legend>
        <div className={styles.grid}>
          <TextField name="tags" label="Tags" hint="Slugs, separated by commas." />
          <TextField name="entities" label="Entities it is about" hint="Entity slugs, separated by commas: nvidia, qwen." />
        </div>
      </fieldset>
    </>
  );
}
