import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { actorFromHeaders } from "./actor-from-headers";
import { authRouteHandler } from "./route-handler";
import {
  cookieHeaders,
  createAccount,
  createTestAuth,
  HOST,
  ORIGIN,
  sessionCookieOf,
  signIn,
  signInRequest,
  TEST_PASSWORD,
} from "./test-support";

describe("signing in", () => {
  const { db } = useTestDatabase();
  const auth = createTestAuth(db);
  const route = authRouteHandler(async () => auth);
  beforeEach(() => resetDatabase(db));

  it("signs in with the right password: a session row, an HttpOnly cookie, the account's actor", async () => {
    const userId = await createAccount(db, "editor@claimtrail.test", "EDITOR");
    const response = await route(signInRequest("Editor@Claimtrail.test", TEST_PASSWORD));
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().find((line) => line.includes("session_token="))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    // The cookie lives as long as a session may; the server enforces the idle limit.
    expect(setCookie).toMatch(/Max-Age=604800/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const sessions = await db.session.findMany({ where: { userId } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.ipAddress).toBe("203.0.113.10");
    expect(await actorFromHeaders(auth, db, cookieHeaders(sessionCookieOf(response)))).toEqual({ userId, role: "EDITOR" });
  });

  it("answers a wrong password and an unknown email alike, in the API's error shape", async () => {
    await createAccount(db, "editor@claimtrail.test");
    const wrongPassword = await route(signInRequest("editor@claimtrail.test", "not the password at all"));
    const unknownEmail = await route(signInRequest("nobody@claimtrail.test", TEST_PASSWORD));
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { code: "invalid_credentials", message: "Email or password is incorrect." } });
      expect(response.headers.getSetCookie().filter((line) => /session_token=[^;]/.test(line))).toEqual([]);
    }
    expect(await db.session.count()).toBe(0);
  });

  it("creates a new session token at every sign-in (rotation)", async () => {
    await createAccount(db, "editor@claimtrail.test");
    const first = await signIn(auth, "editor@claimtrail.test");
    const second = await signIn(auth, "editor@claimtrail.test");
    expect(second).not.toBe(first);
    const tokens = (await db.session.findMany()).map((session) => session.token);
    expect(new Set(tokens).size).toBe(2);
  });

  it("has no public sign-up, and the HTTP surface is only sign-in, sign-out and get-session", async () => {
    const signUp = { email: "new@claimtrail.test", password: TEST_PASSWORD, name: "New" };
    await expect(auth.api.signUpEmail({ body: signUp })).rejects.toMatchObject({ statusCode: 400 });
    const routed = await route(
      new Request(`${ORIGIN}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", host: HOST, origin: ORIGIN },
        body: JSON.stringify(signUp),
      }),
    );
    expect(routed.status).toBe(404);
    expect(await routed.json()).toEqual({ error: { code: "not_found", message: "No such endpoint." } });
    for (const path of ["update-user", "change-password", "list-sessions", "delete-user", "request-password-reset"]) {
      expect(
        (await route(new Request(`${ORIGIN}/api/auth/${path}`, { method: "POST", headers: { host: HOST, origin: ORIGIN } }))).status,
      ).toBe(404);
    }
    expect(await db.user.count()).toBe(0);
  });

  it("never lets an account set its own role", async () => {
    const userId = await createAccount(db, "editor@claimtrail.test", "EDITOR");
    const cookie = await signIn(auth, "editor@claimtrail.test");
    await expect(auth.api.updateUser({ body: { role: "ADMIN" } as never, headers: cookieHeaders(cookie) })).rejects.toMatchObject({
      statusCode: 400,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).role).toBe("EDITOR");
  });

  it("signs in from a page served at another host than Next's internal address", async () => {
    await createAccount(db, "editor@claimtrail.test");
    const response = await route(signInRequest("editor@claimtrail.test", TEST_PASSWORD, undefined, "http://127.0.0.1:3000"));
    expect(response.status).toBe(200);
    const cookie = sessionCookieOf(response);
    const signOut = new Request(`${ORIGIN}/api/auth/sign-out`, {
      method: "POST",
      headers: { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", cookie },
    });
    expect((await route(signOut)).status).toBe(200);
    expect(await db.session.count()).toBe(0);
  });

  it("refuses a cross-site sign-in POST", async () => {
    await createAccount(db, "editor@claimtrail.test");
    const request = new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", host: HOST, origin: "https://evil.example" },
      body: JSON.stringify({ email: "editor@claimtrail.test", password: TEST_PASSWORD }),
    });
    const response = await route(request);
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden");
  });
});
