import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { actorFromHeaders } from "./actor-from-headers";
import { SESSION_POLICY } from "./policy";
import { COMMON_PASSWORD_CODE } from "./auth";
import { cookieHeaders, createAccount, createTestAuth, signIn, TEST_PASSWORD } from "./test-support";

const HOUR = 3600_000;

describe("sessions", () => {
  const { db } = useTestDatabase();
  const auth = createTestAuth(db);
  beforeEach(() => resetDatabase(db));

  async function signedIn(email = "editor@claimtrail.test") {
    const userId = await createAccount(db, email);
    const cookie = await signIn(auth, email);
    const session = await db.session.findFirstOrThrow({ where: { userId }, orderBy: { id: "desc" } });
    return { userId, cookie, session };
  }

  it("starts with the idle lifetime, and use pushes it forward once the refresh age has passed", async () => {
    const { userId, cookie, session } = await signedIn();
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBeCloseTo(SESSION_POLICY.idleSeconds * 1000, -4);
    // Last pushed forward two hours ago: ten hours of idle lifetime left.
    await db.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() + 10 * HOUR) } });
    expect(await actorFromHeaders(auth, db, cookieHeaders(cookie))).toEqual({ userId, role: "EDITOR" });
    const refreshed = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(refreshed.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11.9 * HOUR);
  });

  it("ends after the idle lifetime without use", async () => {
    const { cookie, session } = await signedIn();
    await db.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await actorFromHeaders(auth, db, cookieHeaders(cookie))).toBeNull();
    expect(await db.session.count({ where: { id: session.id } })).toBe(0);
  });

  it("ends after the absolute lifetime even when in use, and is deleted", async () => {
    const { cookie, session } = await signedIn();
    const created = new Date(Date.now() - SESSION_POLICY.absoluteSeconds * 1000 - 1000);
    await db.session.update({ where: { id: session.id }, data: { createdAt: created, expiresAt: new Date(Date.now() + 11 * HOUR) } });
    expect(await actorFromHeaders(auth, db, cookieHeaders(cookie))).toBeNull();
    expect(await db.session.count({ where: { id: session.id } })).toBe(0);
  });

  it("refuses a cookie whose signature does not match, and a token that is not a session", async () => {
    const { cookie } = await signedIn();
    const [name, value] = cookie.split("=") as [string, string];
    const [token, signature] = decodeURIComponent(value).split(".") as [string, string];
    const forged = `${name}=${encodeURIComponent(`${token.slice(0, -1)}x.${signature}`)}`;
    expect(await actorFromHeaders(auth, db, cookieHeaders(forged))).toBeNull();
    expect(await actorFromHeaders(auth, db, cookieHeaders(`${name}=${token}`))).toBeNull();
    expect(await actorFromHeaders(auth, db, new Headers())).toBeNull();
  });

  it("signs out one session, and out everywhere: every session of the account, not others'", async () => {
    const { userId, cookie } = await signedIn();
    const laptop = await signIn(auth, "editor@claimtrail.test");
    const phone = await signIn(auth, "editor@claimtrail.test");
    const other = await signedIn("other@claimtrail.test");

    await auth.api.signOut({ headers: cookieHeaders(cookie) });
    expect(await actorFromHeaders(auth, db, cookieHeaders(cookie))).toBeNull();
    expect(await actorFromHeaders(auth, db, cookieHeaders(laptop))).toEqual({ userId, role: "EDITOR" });

    const { headers } = await auth.api.revokeSessions({ headers: cookieHeaders(laptop), returnHeaders: true });
    expect(headers.getSetCookie().some((line) => /session_token=;.*Max-Age=0/i.test(line))).toBe(true);
    for (const revoked of [laptop, phone]) expect(await actorFromHeaders(auth, db, cookieHeaders(revoked))).toBeNull();
    expect(await db.session.count({ where: { userId } })).toBe(0);
    expect(await actorFromHeaders(auth, db, cookieHeaders(other.cookie))).toEqual({ userId: other.userId, role: "EDITOR" });
  });

  it("reads the role on every request, so a role change applies to open sessions at once", async () => {
    const { userId, cookie } = await signedIn();
    await db.user.update({ where: { id: userId }, data: { role: "READER" } });
    expect(await actorFromHeaders(auth, db, cookieHeaders(cookie))).toEqual({ userId, role: "READER" });
  });

  it("refuses a breached or common new password, and keeps the old one", async () => {
    const { cookie } = await signedIn();
    const change = (newPassword: string) =>
      auth.api.changePassword({ body: { currentPassword: TEST_PASSWORD, newPassword }, headers: cookieHeaders(cookie) });
    await expect(change("iloveyou12345")).rejects.toMatchObject({ body: { code: COMMON_PASSWORD_CODE } });
    expect(await signIn(auth, "editor@claimtrail.test")).toMatch(/session_token=/);
    await expect(change("a fresh password of my own")).resolves.toBeTruthy();
  });
});
