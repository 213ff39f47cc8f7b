"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { publicOrigin } from "@/lib/http/public-origin";
import { logIfRefused } from "@/lib/api/errors";
import { AppError } from "@/lib/errors";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { ZChangeRole, ZCreateInvite } from "@/lib/auth/admin-schemas";
import { createInvite, revokeInvite } from "@/lib/auth/invites";
import { ADMIN_PATH, invitePath } from "@/lib/auth/paths";
import { currentActor } from "@/lib/auth/request-actor";
import { changeUserRole, setAccountDisabled } from "@/lib/auth/users";
import { parseInput } from "@/lib/editing/validation";

// Every action is a public POST endpoint: each one asks lib/auth, which checks that the
// actor is an admin, whatever the page showed.

export interface AdminActionState {
  message?: string;
  /** Shown once: an invite link or an API token. */
  secret?: string;
  done?: boolean;
}

async function run(write: () => Promise<AdminActionState>): Promise<AdminActionState> {
  try {
    const state = await write();
    revalidatePath(ADMIN_PATH);
    return state;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    logIfRefused(error.status, error.code);
    // Each admin form has one field to fill: its message says what is wrong with it.
    return { message: error.fields ? Object.values(error.fields).join(" ") : error.message };
  }
}

function idOf(form: FormData, name: string): number {
  const id = Number(form.get(name));
  if (!Number.isSafeInteger(id) || id < 1) throw new AppError("invalid_input", "This form is missing what it refers to; reload the page.");
  return id;
}

export async function changeRoleAction(_previous: AdminActionState, form: FormData): Promise<AdminActionState> {
  return run(async () => {
    await changeUserRole(db(), await currentActor(), parseInput(ZChangeRole, { userId: idOf(form, "userId"), role: form.get("role") }));
    return { done: true };
  });
}

export async function setAccountDisabledAction(_previous: AdminActionState, form: FormData): Promise<AdminActionState> {
  return run(async () => {
    await setAccountDisabled(db(), await currentActor(), { userId: idOf(form, "userId"), disabled: form.get("disabled") === "true" });
    return { done: true };
  });
}

export async function inviteAction(_previous: AdminActionState, form: FormData): Promise<AdminActionState> {
  return run(async () => {
    const { token } = await createInvite(db(), await currentActor(), parseInput(ZCreateInvite, { email: String(form.get("email") ?? ""), role: form.get("role") }));
    return { secret: `${publicOrigin(await headers())}${invitePath(token)}` };
  });
}

export async function createTokenAction(_previous: AdminActionState, form: FormData): Promise<AdminActionState> {
  return run(async () => {
    const { token } = await createApiToken(db(), await currentActor(), { userId: idOf(form, "userId"), name: String(form.get("name") ?? "") });
    return { secret: token };
  });
}

export async function revokeInviteAction(_previous: AdminActionState, form: FormData): Promise<AdminActionState> {
  return run(async () => {
    await revokeInvite(db(), await currentActor(), idOf(form, "inviteId"));
    return { done: true };
  });
}

export async function revokeTokenAction(_previous: AdminActionState, form: FormData): Promise<AdminActionState> {
  return run(async () => {
    await revokeApiToken(db(), await currentActor(), idOf(form, "tokenId"));
    return { done: true };
  });
}

