"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { changePassword, signOut, signOutEverywhere } from "@/lib/auth/account";
import { SIGN_IN_PATH } from "@/lib/auth/paths";

export async function signOutAction(): Promise<void> {
  await signOut(await headers());
  redirect("/");
}

export async function signOutEverywhereAction(): Promise<void> {
  await signOutEverywhere(await headers());
  redirect(SIGN_IN_PATH);
}

export interface ChangePasswordState {
  message?: string;
  done?: boolean;
}

export async function changePasswordAction(_previous: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  const newPassword = String(form.get("newPassword") ?? "");
  if (newPassword !== String(form.get("confirmPassword") ?? "")) return { message: "The two new passwords differ." };
  const outcome = await changePassword(await headers(), { currentPassword: String(form.get("currentPassword") ?? ""), newPassword });
  return outcome.ok ? { done: true } : { message: outcome.message };
}
