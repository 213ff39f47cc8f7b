"use client";

import { useState } from "react";
import { SelectField, TextField, useFormField, type RowFields } from "@/components/editing/fields";

// What a citation holds: words exactly as the source shows them, or a figure from a dataset or
// chart (its value and what it measures), which is never shown as a quotation. The measure is
// asked for only for a figure, as the citation schema wants (measureProblem).

const KINDS = { QUOTATION: "Words the source says", FIGURE: "A figure from a dataset or chart" };

export function CitedWordsFields({ row }: { row: RowFields }) {
  const chosen = useFormField(row.name("kind"), row.from("kind")).value;
  const [kind, setKind] = useState(chosen === "FIGURE" ? "FIGURE" : "QUOTATION");
  return (
    <>
      <div onChange={(event) => event.target instanceof HTMLSelectElement && setKind(event.target.value)}>
        <SelectField name={row.name("kind")} from={row.from("kind")} label="What is cited" options={KINDS} />
      </div>
      {kind === "FIGURE" ? (
        <>
          <TextField
            name={row.name("measure")}
            from={row.from("measure")}
            label="What the figure measures"
            hint="Such as: cumulative downloads on Hugging Face, October 2025."
            wide
          />
          <TextField
            name={row.name("exact")}
            from={row.from("exact")}
            label="The value as the source gives it"
            hint="Such as: 385.3 million."
            wide
          />
        </>
      ) : (
        <TextField
          name={row.name("exact")}
          from={row.from("exact")}
          label="The words exactly as the source shows them"
          multiline
          rows={3}
        />
      )}
    </>
  );
}
