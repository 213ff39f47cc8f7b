"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { adminAction, oneMessage } from "@/lib/actions/action-client";
import type { Actor } from "@/lib/auth/actor";
import { ZChangeRole, ZCreateApiToken, ZCreateInvite, ZInviteRef, ZSetAccountDisabled, ZTokenRef } from "@/lib/auth/admin-schemas";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { createInvite, revokeInvite } from "@/lib/auth/invites";
import { ADMIN_PATH, invitePath } from "@/lib/auth/paths";
import { changeUserRole, setAccountDisabled } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { publicOrigin } from "@/lib/http/public-origin";

// Public POST endpoints: the action client checks that the actor is an admin, and lib/auth
// checks again, whatever the page showed.

export interface AdminActionState {
  message?: string;
  /** Shown once: an invite link or an API token. */
  secret?: string;
  done?: boolean;
}

/** An admin form: parsed by its shared schema, the page refreshed after the write, a refusal in one sentence. */
function adminForm<Input>(schema: z.ZodType<Input>, write: (actor: NonNullable<Actor>, input: Input) => Promise<AdminActionState | void>) {
  return adminAction.form({
    schema,
    run: async ({ ctx, input }): Promise<AdminActionState> => {
      const state = (await write(ctx.actor, input)) ?? { done: true };
      revalidatePath(ADMIN_PATH);
      return state;
    },
    refused: (refusal) => ({ message: oneMessage(refusal) }),
  });
}

export const changeRoleAction = adminForm(ZChangeRole, async (actor, input) => {
  await changeUserRole(db(), actor, input);
});

export const setAccountDisabledAction = adminForm(ZSetAccountDisabled, async (actor, input) => {
  await setAccountDisabled(db(), actor, input);
});

export const inviteAction = adminForm(ZCreateInvite, async (actor, input) => {
  const { token } = await createInvite(db(), actor, input);
  return { secret: `${publicOrigin(await headers())}${invitePath(token)}` };
});

export const createTokenAction = adminForm(ZCreateApiToken, async (actor, input) => ({
  secret: (await createApiToken(db(), actor, input)).token,
}));

export const revokeInviteAction = adminForm(ZInviteRef, async (actor, { inviteId }) => {
  await revokeInvite(db(), actor, inviteId);
});

export const revokeTokenAction = adminForm(ZTokenRef, async (actor, { tokenId }) => {
  await revokeApiToken(db(), actor, tokenId);
});
