import { getAuth } from "./auth";
import { applyAuthCookies } from "./cookies";
import { authFailureOf, type AuthFailure } from "./errors";

// Signing in and out from server actions: Better Auth's server API, with the cookies it
// sets applied to the action's response.

export type AuthOutcome = { ok: true } | ({ ok: false } & AuthFailure);

async function attempt(run: () => Promise<Headers | null | undefined>): Promise<AuthOutcome> {
  try {
    await applyAuthCookies(await run());
    return { ok: true };
  } catch (error) {
    const failure = authFailureOf(error);
    if (!failure) throw error;
    return { ok: false, ...failure };
  }
}

/** A new session (a new token) on every sign-in; auth.ts ends the session the browser already had. */
export async function signInWithPassword(requestHeaders: Headers, input: { email: string; password: string }): Promise<AuthOutcome> {
  const auth = await getAuth();
  return attempt(async () => {
    const { headers } = await auth.api.signInEmail({
      body: { email: input.email, password: input.password, rememberMe: true },
      headers: requestHeaders,
      returnHeaders: true,
    });
    return headers;
  });
}

export async function signOut(requestHeaders: Headers): Promise<AuthOutcome> {
  const auth = await getAuth();
  return attempt(async () => (await auth.api.signOut({ headers: requestHeaders, returnHeaders: true })).headers);
}

/** Ends every session of the signed-in account, this one included ("sign out everywhere"). */
export async function signOutEverywhere(requestHeaders: Headers): Promise<AuthOutcome> {
  const auth = await getAuth();
  return attempt(async () => (await auth.api.revokeSessions({ headers: requestHeaders, returnHeaders: true })).headers);
}

/** Changes the password and ends the account's other sessions. */
export async function changePassword(
  requestHeaders: Headers,
  input: { currentPassword: string; newPassword: string },
): Promise<AuthOutcome> {
  const auth = await getAuth();
  return attempt(async () => {
    const { headers } = await auth.api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers: requestHeaders,
      returnHeaders: true,
    });
    return headers;
  });
}
