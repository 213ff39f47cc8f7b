"use client";

import { useEffect, useState } from "react";
import { SOURCE_TYPE_LABELS } from "@/lib/domain/labels";
import type { SourceLookup } from "@/lib/sources/find-source-by-url";
import { sourcePath } from "@/lib/routes";
import { GroupError, LanguageField, RowList, SelectField, TextField, useFormField, type RowFields } from "@/components/editing/fields";
import styles from "@/components/editing/edit.module.css";
import { lookupSourceAction } from "@/components/editing/lookup-actions";
import { CitedWordsFields } from "./cited-words-fields";

const ROLES = { PRIMARY: "Primary: where the words were first said or published", RELAY: "Relay: an outlet passing them on" };

export function CitationSection({ onCount }: { onCount: (count: number) => void }) {
  return (
    <fieldset className={styles.section}>
      <legend>Where it was said</legend>
      <p className={styles.hint}>At least one citation: the source, where in it, and the words exactly as it shows them.</p>
      <GroupError name="citations" />
      <RowList
        group="citations"
        label="Citation"
        addLabel="Add a citation"
        blank={1}
        onCount={onCount}
        render={(row) => <CitationRow row={row} />}
      />
    </fieldset>
  );
}

function CitationRow({ row }: { row: RowFields }) {
  return (
    <div className={styles.stack}>
      <SourceFields row={row} />
      <SelectField name={row.name("role")} from={row.from("role")} label="Role of this source" options={ROLES} />
      <div className={styles.grid}>
        <TextField name={row.name("page")} from={row.from("page")} label="Page (optional)" />
        <TextField name={row.name("paragraph")} from={row.from("paragraph")} label="Paragraph (optional)" inputMode="numeric" />
        <TextField name={row.name("startSeconds")} from={row.from("startSeconds")} label="From second (optional)" inputMode="numeric" />
        <TextField name={row.name("endSeconds")} from={row.from("endSeconds")} label="To second (optional)" inputMode="numeric" />
      </div>
      <CitedWordsFields row={row} />
      <div className={styles.grid}>
        <TextField
          name={row.name("prefix")}
          from={row.from("prefix")}
          label="Just before (optional)"
          hint="A few words before, to tell repeated words apart."
        />
        <TextField name={row.name("suffix")} from={row.from("suffix")} label="Just after (optional)" />
      </div>
    </div>
  );
}

/** The source by its address: one already recorded there is reused and shown; otherwise its fields are asked for. */
function SourceFields({ row }: { row: RowFields }) {
  const url = useFormField(row.name("source.url"), row.from("source.url"));
  const [lookup, setLookup] = useState<SourceLookup | null>(null);
  const check = (address: string) => {
    if (!address.trim()) return setLookup(null);
    lookupSourceAction(address).then(setLookup, () => setLookup(null));
  };
  // Once, for the address the row was opened with: a returned form says again which source it is.
  const [openedWith] = useState(url.value);
  useEffect(() => {
    if (openedWith) lookupSourceAction(openedWith).then(setLookup, () => setLookup(null));
  }, [openedWith]);
  const known = lookup?.status === "known" ? lookup.source : null;
  return (
    <>
      <TextField
        name={row.name("source.url")}
        from={row.from("source.url")}
        label="Source address (URL)"
        type="url"
        placeholder="https://"
        onBlur={check}
        hint="Paste the page's address: a source already recorded there is reused."
      />
      <div aria-live="polite" className={styles.lookup}>
        {known ? (
          <p data-testid="known-source">
            Already recorded: <a href={sourcePath(known)}>{known.title}</a>
            {known.outlet ? `, ${known.outlet}` : ""}. This citation will use it.
          </p>
        ) : null}
        {lookup?.status === "new" ? <p>A new source: give its details below.</p> : null}
      </div>
      <GroupError name={row.name("source")} />
      <GroupError name={row.name("source.create")} />
      <div hidden={known !== null} className={styles.grid}>
        <TextField name={row.name("source.create.title")} from={row.from("source.create.title")} label="Title" />
        <SelectField
          name={row.name("source.create.type")}
          from={row.from("source.create.type")}
          label="Type"
          options={SOURCE_TYPE_LABELS}
        />
        <LanguageField name={row.name("source.create.lang")} from={row.from("source.create.lang")} />
        <TextField
          name={row.name("source.create.containerTitle")}
          from={row.from("source.create.containerTitle")}
          label="Published in (optional)"
          hint="The newspaper, podcast or blog."
        />
        <TextField
          name={row.name("source.create.issued")}
          from={row.from("source.create.issued")}
          label="Published on (optional)"
          hint="2025, 2025-11 or 2025-11-09."
        />
      </div>
    </>
  );
}
