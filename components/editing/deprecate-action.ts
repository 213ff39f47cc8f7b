"use server";

import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/request-actor";
import { db } from "@/lib/db/client";
import { deprecateRecord } from "@/lib/editing/deprecate-record";
import { numberOrText, readFormValues } from "@/lib/editing/form-values";
import { editClaimPath, editQuotePath } from "@/lib/routes";
import { refusal, type EditFormState } from "./form-state";

/** Deprecates a claim or a quote with the editor's reason; the lib checks the role and the version. */
export async function deprecateAction(type: "claim" | "quote", id: number, _previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFormValues(form);
  try {
    await deprecateRecord(db(), await currentActor(), type, id, { version: numberOrText(values.version)!, reason: values.reason ?? "" });
  } catch (error) {
    return refusal(error, values);
  }
  redirect(`${type === "claim" ? editClaimPath({ id }) : editQuotePath({ id })}?saved=deprecated`);
}
