"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { actionClient, oneMessage } from "@/lib/actions/action-client";
import { changePassword, signOut, signOutEverywhere } from "@/lib/auth/account";
import { SIGN_IN_PATH } from "@/lib/auth/paths";
import { AppError } from "@/lib/errors";

export const signOutAction = actionClient.call(async () => {
  await signOut(await headers());
  redirect("/");
});

export const signOutEverywhereAction = actionClient.call(async () => {
  await signOutEverywhere(await headers());
  redirect(SIGN_IN_PATH);
});

export interface ChangePasswordState {
  message?: string;
  done?: boolean;
}

export const changePasswordAction = actionClient.form({
  run: async ({ form }): Promise<ChangePasswordState> => {
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("confirmPassword") ?? "")) throw new AppError("invalid_input", "The two new passwords differ.");
    const outcome = await changePassword(await headers(), { currentPassword: String(form.get("currentPassword") ?? ""), newPassword });
    return outcome.ok ? { done: true } : { message: outcome.message };
  },
  refused: (refusal) => ({ message: oneMessage(refusal) }),
});
