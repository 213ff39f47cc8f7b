import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies";
import { cookies } from "next/headers";
import { SESSION_POLICY } from "./policy";

// Better Auth gives the session cookie a Max-Age equal to the idle lifetime and renews it
// whenever it pushes the session's expiry forward. Server components cannot set cookies, so
// a session kept alive by page views alone would lose its cookie after the idle lifetime.
// The cookie therefore lives as long as a session may (the absolute lifetime); the server
// alone decides whether the session is still valid. Expiring cookies (Max-Age 0) are kept.

const SESSION_COOKIE = /(^|\.)session_token$/;

function cookieMaxAge(name: string, maxAge: number | undefined): number | undefined {
  return SESSION_COOKIE.test(name) && maxAge !== undefined && maxAge > 0 ? SESSION_POLICY.absoluteSeconds : maxAge;
}

/** The Set-Cookie headers of a Better Auth response, with the session cookie's lifetime fixed. */
export function withSessionCookieLifetime(headers: Headers): Headers {
  const fixed = new Headers(headers);
  fixed.delete("set-cookie");
  for (const cookie of headers.getSetCookie()) {
    const name = cookie.slice(0, cookie.indexOf("="));
    const match = /;\s*max-age=(\d+)/i.exec(cookie);
    const maxAge = match ? cookieMaxAge(name, Number(match[1])) : undefined;
    fixed.append("set-cookie", match && maxAge !== undefined ? cookie.replace(match[0], `; Max-Age=${maxAge}`) : cookie);
  }
  return fixed;
}

/** Applies a Better Auth call's Set-Cookie headers in a server action or route handler. */
export async function applyAuthCookies(headers: Headers | null | undefined): Promise<void> {
  const setCookie = headers?.get("set-cookie");
  if (!setCookie) return;
  const store = await cookies();
  for (const [name, attributes] of parseSetCookieHeader(setCookie)) {
    const options = toCookieOptions(attributes);
    store.set(name, attributes.value, { ...options, maxAge: cookieMaxAge(name, options.maxAge) });
  }
}
