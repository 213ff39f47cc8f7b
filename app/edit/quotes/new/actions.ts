"use server";

import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/request-actor";
import { db } from "@/lib/db/client";
import { readFormValues } from "@/lib/editing/form-values";
import { addCitationsToQuote } from "@/lib/quotes/add-citation-to-quote";
import { createSourcedQuote } from "@/lib/quotes/create-sourced-quote";
import { findQuoteClaim } from "@/lib/quotes/find-quote-claim";
import { citationsFromForm, quoteFormIntent, sourcedQuoteFromForm } from "@/lib/quotes/quote-form";
import { claimPath, editClaimPath } from "@/lib/routes";
import { refusal, type EditFormState } from "@/components/editing/form-state";

// A public POST endpoint like any server action: the lib checks that the actor is an editor.

export async function addQuoteAction(_previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFormValues(form);
  const intent = quoteFormIntent(form.get("intent"));
  let claim: { id: number; slug: string; state: string };
  try {
    const actor = await currentActor();
    if (intent.kind === "add-citation") {
      await addCitationsToQuote(db(), actor, intent.quoteId, { citations: citationsFromForm(values) });
      claim = await findQuoteClaim(db(), intent.quoteId);
    } else {
      claim = (await createSourcedQuote(db(), actor, sourcedQuoteFromForm(values, intent))).claim;
    }
  } catch (error) {
    return refusal(error, values);
  }
  // Readers never see a draft: its editor goes on with it on the edit page.
  redirect(claim.state === "PUBLISHED" ? claimPath(claim) : editClaimPath(claim));
}
