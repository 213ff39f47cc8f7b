import { beforeEach, describe, expect, it, vi } from "vitest";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { actorFromHeaders } from "./actor-from-headers";
import { createApiToken, revokeApiToken } from "./api-tokens";
import { authRouteHandler } from "./route-handler";
import { changeUserRole, setAccountDisabled } from "./users";
import { cookieHeaders, createAccount, createTestAuth, sessionCookieOf, signIn, signInRequest, TEST_PASSWORD } from "./test-support";

describe("account access", () => {
  const { db } = useTestDatabase();
  const auth = createTestAuth(db);
  const route = authRouteHandler(async () => auth);
  let admin: { userId: number; role: "ADMIN" };
  beforeEach(async () => {
    await resetDatabase(db);
    admin = { userId: await createAccount(db, "admin@claimtrail.test", "ADMIN"), role: "ADMIN" };
  });

  it("signing in through the HTTP API ends the session the request presented", async () => {
    await createAccount(db, "editor@claimtrail.test");
    const old = await signIn(auth, "editor@claimtrail.test");
    const request = signInRequest("editor@claimtrail.test", TEST_PASSWORD);
    request.headers.set("cookie", old);
    const fresh = sessionCookieOf(await route(request));
    expect(await actorFromHeaders(auth, db, cookieHeaders(old))).toBeNull();
    expect(await actorFromHeaders(auth, db, cookieHeaders(fresh))).toMatchObject({ role: "EDITOR" });
    expect(await db.session.count({ where: { user: { email: "editor@claimtrail.test" } } })).toBe(1);
  });

  it("demoting an account ends its sessions at once; promoting keeps them", async () => {
    const editorId = await createAccount(db, "editor@claimtrail.test");
    const cookie = await signIn(auth, "editor@claimtrail.test");
    await changeUserRole(db, admin, { userId: editorId, role: "ADMIN" });
    expect(await actorFromHeaders(auth, db, cookieHeaders(cookie))).toEqual({ userId: editorId, role: "ADMIN" });
    await changeUserRole(db, admin, { userId: editorId, role: "READER" });
    expect(await actorFromHeaders(auth, db, cookieHeaders(cookie))).toBeNull();
    expect(await db.session.count({ where: { userId: editorId } })).toBe(0);
  });

  it("a disabled account loses its sessions and tokens and cannot sign in until enabled again", async () => {
    const editorId = await createAccount(db, "editor@claimtrail.test");
    const cookie = await signIn(auth, "editor@claimtrail.test");
    const { token } = await createApiToken(db, admin, { userId: editorId, name: "script" });
    const bearer = new Headers({ authorization: `Bearer ${token}` });

    await setAccountDisabled(db, admin, { userId: editorId, disabled: true });
    expect(await actorFromHeaders(auth, db, cookieHeaders(cookie))).toBeNull();
    await expect(actorFromHeaders(auth, db, bearer)).rejects.toMatchObject({ code: "unauthenticated" });
    const refused = await route(signInRequest("editor@claimtrail.test", TEST_PASSWORD));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: { code: "invalid_credentials", message: "Email or password is incorrect." } });
    expect(await db.session.count({ where: { userId: editorId } })).toBe(0);

    await setAccountDisabled(db, admin, { userId: editorId, disabled: false });
    expect(await signIn(auth, "editor@claimtrail.test")).toMatch(/session_token=/);
    expect(await actorFromHeaders(auth, db, bearer)).toEqual({ userId: editorId, role: "EDITOR" });
  });

  it("is for admins only, and never disables the last admin or oneself", async () => {
    const editorId = await createAccount(db, "editor@claimtrail.test");
    const editor = { userId: editorId, role: "EDITOR" as const };
    await expect(setAccountDisabled(db, editor, { userId: admin.userId, disabled: true })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setAccountDisabled(db, null, { userId: editorId, disabled: true })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(setAccountDisabled(db, admin, { userId: admin.userId, disabled: true })).rejects.toMatchObject({ code: "conflict" });
    await expect(setAccountDisabled(db, admin, { userId: 999_999, disabled: true })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.user.count({ where: { disabledAt: { not: null } } })).toBe(0);
  });

  it("logs sign-ins, role changes, disabling and tokens as one JSON line each, with who and from where", async () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      const editorId = await createAccount(db, "editor@claimtrail.test");
      await route(signInRequest("editor@claimtrail.test", "not the password at all"));
      await route(signInRequest("editor@claimtrail.test", TEST_PASSWORD, "2001:db8::5"));
      await changeUserRole(db, admin, { userId: editorId, role: "READER" });
      await setAccountDisabled(db, admin, { userId: editorId, disabled: true });
      const { record } = await createApiToken(db, admin, { userId: editorId, name: "script" });
      await revokeApiToken(db, admin, record.id);
      const events = write.mock.calls
        .map(([chunk]) => String(chunk))
        .filter((chunk) => chunk.includes('"kind":"security"'))
        .map((chunk) => {
          expect(chunk.endsWith("\n") && chunk.indexOf("\n") === chunk.length - 1).toBe(true);
          return JSON.parse(chunk) as Record<string, unknown>;
        });
      expect(events.map(({ time: _time, kind: _kind, ...rest }) => rest)).toEqual([
        { event: "sign_in.failed", email: "editor@claimtrail.test", address: "203.0.113.10" },
        { event: "sign_in.succeeded", email: "editor@claimtrail.test", address: "2001:0db8:0000:0000::/64", userId: editorId },
        { event: "account.role_changed", by: admin.userId, userId: editorId, from: "EDITOR", to: "READER" },
        { event: "account.disabled", by: admin.userId, userId: editorId },
        { event: "api_token.created", by: admin.userId, userId: editorId, tokenId: record.id, name: "script" },
        { event: "api_token.revoked", by: admin.userId, tokenId: record.id },
      ]);
    } finally {
      write.mockRestore();
    }
  });
});
