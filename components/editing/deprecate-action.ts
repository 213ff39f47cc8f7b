"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { editorAction } from "@/lib/actions/action-client";
import { db } from "@/lib/db/client";
import { deprecateRecord } from "@/lib/records/deprecate-record";
import { numberOrText, readFormValues } from "@/lib/editing/form-values";
import { zId } from "@/lib/editing/schema-parts";
import { editClaimPath, editQuotePath } from "@/lib/routes";
import { editRefused, type EditFormState } from "./form-state";

/** Deprecates a claim or a quote with the editor's reason; the lib checks the role and the version. */
export const deprecateAction = editorAction.form({
  bind: [z.enum(["claim", "quote"]), zId],
  run: async ({ ctx, form }, type, id): Promise<EditFormState> => {
    const values = readFormValues(form);
    await deprecateRecord(db(), ctx.actor, type, id, { version: numberOrText(values.version)!, reason: values.reason ?? "" });
    redirect(`${type === "claim" ? editClaimPath({ id }) : editQuotePath({ id })}?saved=deprecated`);
  },
  refused: editRefused,
});
