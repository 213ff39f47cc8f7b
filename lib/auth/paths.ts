// The addresses of the account pages, so that links, redirects and the proxy agree.

export const ACCOUNT_PATH = "/account";
export const ADMIN_PATH = "/admin";
export const SIGN_IN_PATH = "/sign-in";

export function signInPath(next?: string): string {
  return next && next !== ACCOUNT_PATH ? `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}` : SIGN_IN_PATH;
}

export function invitePath(token: string): string {
  return `/invite/${token}`;
}

/**
 * Where to go after signing in: a path on this site only. Anything else (another origin,
 * a protocol-relative `//host`, a backslash trick) falls back to the account page.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return ACCOUNT_PATH;
  try {
    const url = new URL(value, "http://claimtrail.invalid");
    return url.origin === "http://claimtrail.invalid" ? `${url.pathname}${url.search}` : ACCOUNT_PATH;
  } catch {
    return ACCOUNT_PATH;
  }
}
