"use server";

import { redirect } from "next/navigation";
import { editorAction } from "@/lib/actions/action-client";
import { db } from "@/lib/db/client";
import { readFormValues } from "@/lib/editing/form-values";
import { addCitationsToQuote } from "@/lib/quotes/add-citation-to-quote";
import { createSourcedQuote } from "@/lib/quotes/create-sourced-quote";
import { findQuoteClaim } from "@/lib/quotes/find-quote-claim";
import { citationsFromForm, quoteFormIntent, sourcedQuoteFromForm } from "@/lib/quotes/quote-form";
import { claimPath, editClaimPath } from "@/lib/routes";
import { editRefused, type EditFormState } from "@/components/editing/form-state";

export const addQuoteAction = editorAction.form({
  run: async ({ ctx, form }): Promise<EditFormState> => {
    const values = readFormValues(form);
    const intent = quoteFormIntent(form.get("intent"));
    let claim: { id: number; slug: string; state: string };
    if (intent.kind === "add-citation") {
      await addCitationsToQuote(db(), ctx.actor, intent.quoteId, { citations: citationsFromForm(values) });
      claim = await findQuoteClaim(db(), ctx.actor, intent.quoteId);
    } else {
      claim = (await createSourcedQuote(db(), ctx.actor, sourcedQuoteFromForm(values, intent))).claim;
    }
    // Readers never see a draft: its editor goes on with it on the edit page.
    redirect(claim.state === "PUBLISHED" ? claimPath(claim) : editClaimPath(claim));
  },
  refused: editRefused,
});
