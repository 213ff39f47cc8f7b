import "server-only";
import type { Db } from "../db/client";
import type { UserRole } from "../db/generated/enums";
import { createAuth, type Auth } from "./auth";
import { createUserWithPassword } from "./users";

// Shared by the auth integration tests: a real Better Auth on the test database, driven
// through its HTTP handler exactly as the app's route does.

export const ORIGIN = "http://localhost:3000";
/** The Host header a browser on ORIGIN sends. */
export const HOST = "localhost:3000";
export const TEST_PASSWORD = "correct horse battery staple";

export function createTestAuth(db: Db): Auth {
  return createAuth(db, { secret: "integration-test-secret-with-enough-entropy-0123456789" });
}

export async function createAccount(db: Db, email: string, role: UserRole = "EDITOR", password = TEST_PASSWORD): Promise<number> {
  const { id } = await db.$transaction((tx) => createUserWithPassword(tx, { email, displayName: email.split("@")[0]!, role, password }));
  return id;
}

/**
 * A sign-in POST as a browser on `origin` sends it, from `address` (as x-forwarded-for). The
 * URL stays Next's internal address, which need not be the one the page was loaded from.
 */
export function signInRequest(email: string, password: string, address = "203.0.113.10", origin = ORIGIN): Request {
  return new Request(`${ORIGIN}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", host: new URL(origin).host, origin, "x-forwarded-for": address },
    body: JSON.stringify({ email, password }),
  });
}

/** The `name=value` of the session cookie a response sets, for a following request's Cookie header. */
export function sessionCookieOf(response: Response): string {
  const cookie = response.headers.getSetCookie().find((line) => /session_token=/.test(line));
  if (!cookie) throw new Error(`no session cookie in the response (status ${response.status})`);
  return cookie.split(";")[0]!;
}

export async function signIn(auth: Auth, email: string, password = TEST_PASSWORD): Promise<string> {
  return sessionCookieOf(await auth.handler(signInRequest(email, password)));
}

export function cookieHeaders(cookie: string): Headers {
  return new Headers({ cookie, host: HOST, origin: ORIGIN });
}
