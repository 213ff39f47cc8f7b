"use server";

import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/request-actor";
import { db } from "@/lib/db/client";
import { numberOrText, readFormValues } from "@/lib/editing/form-values";
import { restoreRevision } from "@/lib/revisions/restore-revision";
import { historyPath } from "@/lib/routes";
import { refusal, type EditFormState } from "@/components/editing/form-state";

/** A public POST endpoint like any server action: the lib checks the role and the version. */
export async function restoreAction(revisionId: number, _previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFormValues(form);
  let record: { recordType: string; id: number };
  try {
    const restored = await restoreRevision(db(), await currentActor(), revisionId, { version: numberOrText(values.version)!, reason: values.reason ?? "" });
    record = { recordType: values.recordType ?? "", id: restored.id };
  } catch (error) {
    return refusal(error, values);
  }
  redirect(`${historyPath(record.recordType, record.id)}?saved=restored`);
}
