"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { signInWithPassword } from "@/lib/auth/account";
import { acceptInvite } from "@/lib/auth/invites";
import { ACCOUNT_PATH, signInPath } from "@/lib/auth/paths";

export interface AcceptInviteState {
  message?: string;
  fields?: Record<string, string>;
  displayName?: string;
}

export async function acceptInviteAction(_previous: AcceptInviteState, form: FormData): Promise<AcceptInviteState> {
  const token = String(form.get("token") ?? "");
  const displayName = String(form.get("displayName") ?? "");
  const password = String(form.get("password") ?? "");
  if (password !== String(form.get("confirmPassword") ?? "")) {
    return { message: "The two passwords differ.", fields: { confirmPassword: "Type the same password twice." }, displayName };
  }
  let email: string;
  try {
    ({ email } = await acceptInvite(db(), { token, displayName, password }));
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, fields: error.fields, displayName };
    throw error;
  }
  const signedIn = await signInWithPassword(await headers(), { email, password });
  redirect(signedIn.ok ? ACCOUNT_PATH : signInPath());
}
