"use client";

import { useState } from "react";
import { GroupError, LanguageField, LANGUAGES, RowList, SelectField, TextField, useFormField } from "@/components/editing/fields";
import { ClaimPicker, EntityPicker } from "@/components/editing/pickers";
import styles from "@/components/editing/edit.module.css";
import { StatementRows } from "@/components/editing/statement-rows";
import { TranslationRows } from "@/components/editing/translation-rows";

const ENTITY_KINDS = { PERSON: "Person", ORGANIZATION: "Organisation", PRODUCT: "Product" };
const NAME_KINDS = { ALIAS: "Alias", NAME: "Name in this language" };

/** Two ways to give something (an existing record or a new one); the other way's fields stay in the form, hidden, so switching back loses nothing. */
function ModeChoice({
  name,
  legend,
  options,
  mode,
  onMode,
}: {
  name: string;
  legend: string;
  options: Record<string, string>;
  mode: string;
  onMode: (mode: string) => void;
}) {
  const { id } = useFormField(name);
  return (
    <div role="radiogroup" aria-label={legend} className={styles.modes}>
      {Object.entries(options).map(([value, label]) => (
        <label key={value} htmlFor={`${id}-${value}`} className={styles.mode}>
          <input id={`${id}-${value}`} type="radio" name={name} value={value} checked={mode === value} onChange={() => onMode(value)} />
          {label}
        </label>
      ))}
    </div>
  );
}

export function SpeakerSection() {
  const { value } = useFormField("speaker.mode");
  const [mode, setMode] = useState(value ?? "existing");
  return (
    <fieldset className={styles.section}>
      <legend>Who said it</legend>
      <ModeChoice
        name="speaker.mode"
        legend="Speaker already recorded or new"
        options={{ existing: "Someone already recorded", new: "Someone new" }}
        mode={mode}
        onMode={setMode}
      />
      <GroupError name="speaker" />
      <div hidden={mode !== "existing"}>
        <EntityPicker name="speaker.slug" label="Speaker" hint="Type part of a name or an alias, in any language, then choose." />
      </div>
      <div hidden={mode !== "new"} className={styles.grid}>
        <TextField name="speaker.create.name" label="Name (in English)" />
        <SelectField name="speaker.create.kind" label="Kind" options={ENTITY_KINDS} />
        <TextField
          name="speaker.create.slug"
          label="Address name (optional)"
          hint="Made from the English name when left empty, such as jensen-huang."
        />
        <RowList
          group="speaker.create.names"
          label="Other name"
          addLabel="Add a name in another language or an alias"
          render={(row) => (
            <div className={styles.grid}>
              <LanguageField name={row.name("lang")} from={row.from("lang")} fallback="zh-Hant" />
              <TextField name={row.name("value")} from={row.from("value")} label="Name" />
              <SelectField name={row.name("kind")} from={row.from("kind")} label="Kind of name" options={NAME_KINDS} />
            </div>
          )}
        />
      </div>
    </fieldset>
  );
}

export function QuoteSection() {
  return (
    <fieldset className={styles.section}>
      <legend>The words</legend>
      <TextField name="quote.text" label="The quote, verbatim, in its original language" multiline rows={4} />
      <div className={styles.grid}>
        <LanguageField name="quote.lang" label="Language of these words" />
        <SelectField
          name="quote.spokenLang"
          label="Language first spoken"
          options={{ "": "The same", ...LANGUAGES }}
          fallback=""
          hint="When the words were said in one language and first published in another."
        />
      </div>
      <TranslationRows group="quote.translations" />
    </fieldset>
  );
}

export function ClaimSection() {
  const { value } = useFormField("claim.mode");
  const [mode, setMode] = useState(value ?? "new");
  return (
    <fieldset className={styles.section}>
      <legend>The claim it supports</legend>
      <ModeChoice
        name="claim.mode"
        legend="Claim already recorded or new"
        options={{ new: "A new claim", existing: "A claim already recorded" }}
        mode={mode}
        onMode={setMode}
      />
      <div hidden={mode !== "existing"}>
        <ClaimPicker name="claim.id" group="claim" label="Claim" hint="Type words of the claim or its speaker's name, or its number." />
      </div>
      <div hidden={mode !== "new"} className={styles.stack}>
        <GroupError name="claim.create" />
        <StatementRows group="claim.create.statements" textLabel="What is claimed, in one sentence" />
        <div className={styles.grid}>
          <TextField
            name="claim.create.claimedAt"
            label="When it was said"
            hint="As precise as known: 2025, 2025-11 or 2025-11-05."
            inputMode="numeric"
          />
          <TextField name="claim.create.tags" label="Tags (optional)" hint="Slugs, separated by commas: china-ai-race, open-models." />
        </div>
      </div>
    </fieldset>
  );
}
