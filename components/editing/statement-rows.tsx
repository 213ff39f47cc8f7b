"use client";

import { GroupError, LanguageField, RowList, TextField } from "./fields";

/** A claim's statement, one row per language, as the new-quote and edit-claim forms ask for it. */
export function StatementRows({ group, textLabel }: { group: string; textLabel: string }) {
  return (
    <>
      <RowList
        group={group}
        label="Statement"
        addLabel="Add the statement in another language"
        min={1}
        render={(row) => (
          <>
            <LanguageField name={row.name("lang")} from={row.from("lang")} />
            <TextField name={row.name("text")} from={row.from("text")} label={textLabel} multiline rows={2} />
          </>
        )}
      />
      <GroupError name={group} />
    </>
  );
}
