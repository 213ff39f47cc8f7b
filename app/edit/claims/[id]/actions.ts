"use server";

import { redirect } from "next/navigation";
import { editorAction } from "@/lib/actions/action-client";
import { claimLinkFromForm, claimUpdateFromForm, CLAIM_FORM_FIELD_OF, loadClaimEditForm } from "@/lib/claims/claim-edit-form";
import { linkClaims } from "@/lib/claims/link-claims";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { readFormValues } from "@/lib/editing/form-values";
import { zId } from "@/lib/editing/schema-parts";
import { editClaimPath } from "@/lib/routes";
import { editConflictRefused, editRefused, type EditFormState } from "@/components/editing/form-state";

export const updateClaimAction = editorAction.form({
  bind: [zId],
  run: async ({ ctx, form }, id): Promise<EditFormState> => {
    await updateClaim(db(), ctx.actor, id, claimUpdateFromForm(readFormValues(form)));
    redirect(`${editClaimPath({ id })}?saved=claim`);
  },
  refused: (refusal, { form, ctx }, id) =>
    editConflictRefused(refusal, form, async () => ctx && (await loadClaimEditForm(db(), ctx.actor, id))?.values, CLAIM_FORM_FIELD_OF),
});

export const linkClaimAction = editorAction.form({
  bind: [zId],
  run: async ({ ctx, form }, id): Promise<EditFormState> => {
    await linkClaims(db(), ctx.actor, id, await claimLinkFromForm(db(), ctx.actor, readFormValues(form)));
    redirect(`${editClaimPath({ id })}?saved=relation`);
  },
  refused: editRefused,
});
