"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { actionClient } from "@/lib/actions/action-client";
import { signInWithPassword } from "@/lib/auth/account";
import { acceptInvite } from "@/lib/auth/invites";
import { ACCOUNT_PATH, signInPath } from "@/lib/auth/paths";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface AcceptInviteState {
  message?: string;
  fields?: Record<string, string>;
  displayName?: string;
}

export const acceptInviteAction = actionClient.form({
  run: async ({ form }): Promise<AcceptInviteState> => {
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirmPassword") ?? "")) {
      throw new AppError("invalid_input", "The two passwords differ.", { confirmPassword: "Type the same password twice." });
    }
    const input = { token: String(form.get("token") ?? ""), displayName: String(form.get("displayName") ?? ""), password };
    const { email } = await acceptInvite(db(), input);
    const signedIn = await signInWithPassword(await headers(), { email, password });
    redirect(signedIn.ok ? ACCOUNT_PATH : signInPath());
  },
  refused: ({ message, fields }, { form }) => ({ message, fields, displayName: String(form.get("displayName") ?? "") }),
});
