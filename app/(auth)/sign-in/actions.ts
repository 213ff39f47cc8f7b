"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { actionClient } from "@/lib/actions/action-client";
import { signInWithPassword } from "@/lib/auth/account";
import { safeNextPath } from "@/lib/auth/paths";

export interface SignInState {
  message?: string;
  email?: string;
}

export const signInAction = actionClient.form({
  run: async ({ form }): Promise<SignInState> => {
    const email = String(form.get("email") ?? "");
    const outcome = await signInWithPassword(await headers(), { email, password: String(form.get("password") ?? "") });
    if (!outcome.ok) return { message: outcome.message, email };
    redirect(safeNextPath(form.get("next")));
  },
  refused: ({ message }, { form }) => ({ message, email: String(form.get("email") ?? "") }),
});
