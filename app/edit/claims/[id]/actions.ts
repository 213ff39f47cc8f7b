"use server";

import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/request-actor";
import { claimLinkFromForm, claimUpdateFromForm, CLAIM_FORM_FIELD_OF, loadClaimEditForm } from "@/lib/claims/claim-edit-form";
import { linkClaims } from "@/lib/claims/link-claims";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { readFormValues } from "@/lib/editing/form-values";
import { editClaimPath } from "@/lib/routes";
import { editRefusal, refusal, type EditFormState } from "@/components/editing/form-state";

// Public POST endpoints like any server action: the lib checks the actor's role.

export async function updateClaimAction(id: number, _previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFormValues(form);
  try {
    await updateClaim(db(), await currentActor(), id, claimUpdateFromForm(values));
  } catch (error) {
    return editRefusal(error, values, async () => (await loadClaimEditForm(db(), await currentActor(), id))?.values, CLAIM_FORM_FIELD_OF);
  }
  redirect(`${editClaimPath({ id })}?saved=claim`);
}

export async function linkClaimAction(id: number, _previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFormValues(form);
  try {
    const actor = await currentActor();
    await linkClaims(db(), actor, id, await claimLinkFromForm(db(), actor, values));
  } catch (error) {
    return refusal(error, values);
  }
  redirect(`${editClaimPath({ id })}?saved=relation`);
}
