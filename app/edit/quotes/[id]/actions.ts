"use server";

import { redirect } from "next/navigation";
import { editorAction } from "@/lib/actions/action-client";
import { db } from "@/lib/db/client";
import { readFormValues } from "@/lib/editing/form-values";
import { zId } from "@/lib/editing/schema-parts";
import { loadQuoteEditForm, quoteUpdateFromForm } from "@/lib/quotes/quote-edit-form";
import { updateQuote } from "@/lib/quotes/update-quote";
import { editQuotePath } from "@/lib/routes";
import { editConflictRefused, type EditFormState } from "@/components/editing/form-state";

export const updateQuoteAction = editorAction.form({
  bind: [zId],
  run: async ({ ctx, form }, id): Promise<EditFormState> => {
    await updateQuote(db(), ctx.actor, id, quoteUpdateFromForm(readFormValues(form)));
    redirect(`${editQuotePath({ id })}?saved=quote`);
  },
  refused: (refusal, { form, ctx }, id) =>
    editConflictRefused(refusal, form, async () => ctx && (await loadQuoteEditForm(db(), ctx.actor, id))?.values),
});
