"use server";

import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/request-actor";
import { db } from "@/lib/db/client";
import { readFormValues } from "@/lib/editing/form-values";
import { loadQuoteEditForm, quoteUpdateFromForm } from "@/lib/quotes/quote-edit-form";
import { updateQuote } from "@/lib/quotes/update-quote";
import { editQuotePath } from "@/lib/routes";
import { editRefusal, type EditFormState } from "@/components/editing/form-state";

// A public POST endpoint like any server action: the lib checks the actor's role.
export async function updateQuoteAction(id: number, _previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFormValues(form);
  try {
    await updateQuote(db(), await currentActor(), id, quoteUpdateFromForm(values));
  } catch (error) {
    return editRefusal(error, values, async () => (await loadQuoteEditForm(db(), await currentActor(), id))?.values);
  }
  redirect(`${editQuotePath({ id })}?saved=quote`);
}
