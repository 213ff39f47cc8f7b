import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { createDemoAccounts, DEMO_PASSWORD, ensureFirstAdmin, prepareAccounts } from "./bootstrap";
import { changeUserRole, listUsers } from "./users";
import { createAccount, createTestAuth, signIn } from "./test-support";

describe("roles", () => {
  const { db } = useTestDatabase();
  beforeEach(() => resetDatabase(db));

  it("admins change roles; editors and readers cannot", async () => {
    const admin = { userId: await createAccount(db, "admin@claimtrail.test", "ADMIN"), role: "ADMIN" as const };
    const editorId = await createAccount(db, "editor@claimtrail.test", "EDITOR");
    expect(await changeUserRole(db, admin, { userId: editorId, role: "ADMIN" })).toMatchObject({ id: editorId, role: "ADMIN" });
    await expect(changeUserRole(db, { userId: editorId, role: "EDITOR" }, { userId: admin.userId, role: "READER" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(changeUserRole(db, null, { userId: editorId, role: "READER" })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(listUsers(db, { userId: editorId, role: "EDITOR" })).rejects.toMatchObject({ code: "forbidden" });
    expect((await listUsers(db, admin)).map((user) => [user.email, user.role])).toEqual([
      ["admin@claimtrail.test", "ADMIN"],
      ["editor@claimtrail.test", "ADMIN"],
    ]);
  });

  it("never demotes the last admin, not even by that admin", async () => {
    const adminId = await createAccount(db, "admin@claimtrail.test", "ADMIN");
    const admin = { userId: adminId, role: "ADMIN" as const };
    await expect(changeUserRole(db, admin, { userId: adminId, role: "EDITOR" })).rejects.toMatchObject({ code: "conflict" });
    const secondId = await createAccount(db, "second@claimtrail.test", "ADMIN");
    await changeUserRole(db, admin, { userId: adminId, role: "EDITOR" });
    await expect(changeUserRole(db, { userId: secondId, role: "ADMIN" }, { userId: secondId, role: "READER" })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("lets two admins demoting each other at once leave one admin", async () => {
    const first = await createAccount(db, "first@claimtrail.test", "ADMIN");
    const second = await createAccount(db, "second@claimtrail.test", "ADMIN");
    const results = await Promise.allSettled([
      changeUserRole(db, { userId: first, role: "ADMIN" }, { userId: second, role: "EDITOR" }),
      changeUserRole(db, { userId: second, role: "ADMIN" }, { userId: first, role: "EDITOR" }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});

describe("first admin and demo accounts", () => {
  const { db } = useTestDatabase();
  const auth = createTestAuth(db);
  beforeEach(() => resetDatabase(db));
  const credentials = { email: "Boss@Example.org", password: "a long bootstrap password" };

  it("creates the first admin from the environment when there is no admin, once", async () => {
    expect(await ensureFirstAdmin(db, credentials)).toBe("created");
    expect(await ensureFirstAdmin(db, { ...credentials, email: "someone@example.org" })).toBe("exists");
    expect(await db.user.findMany({ select: { email: true, role: true } })).toEqual([{ email: "boss@example.org", role: "ADMIN" }]);
    expect(await signIn(auth, "boss@example.org", credentials.password)).toMatch(/session_token=/);
  });

  it("promotes an existing account with that email and gives it the configured password", async () => {
    await createAccount(db, "boss@example.org", "EDITOR");
    expect(await ensureFirstAdmin(db, credentials)).toBe("promoted");
    expect((await db.user.findUniqueOrThrow({ where: { email: "boss@example.org" } })).role).toBe("ADMIN");
    expect(await signIn(auth, "boss@example.org", credentials.password)).toMatch(/session_token=/);
  });

  it("refuses a breached or common admin password from the environment", async () => {
    const env = { CLAIMTRAIL_ADMIN_EMAIL: "boss@example.org", CLAIMTRAIL_ADMIN_PASSWORD: "password123456" };
    await expect(prepareAccounts(db, { embedded: false, env }, () => {})).rejects.toMatchObject({
      fields: { password: expect.stringMatching(/common|breach/) },
    });
    expect(await db.user.count()).toBe(0);
  });

  it("refuses half a configuration", async () => {
    await expect(prepareAccounts(db, { embedded: false, env: { CLAIMTRAIL_ADMIN_EMAIL: "boss@example.org" } }, () => {})).rejects.toThrow(
      /both/,
    );
  });

  it("creates the demo accounts only in the embedded database, and only when it has no account", async () => {
    await prepareAccounts(db, { embedded: false, env: {} }, () => {});
    expect(await db.user.count()).toBe(0);
    await prepareAccounts(db, { embedded: true, env: {} }, () => {});
    expect(await db.user.findMany({ select: { email: true, role: true }, orderBy: { email: "asc" } })).toEqual([
      { email: "admin@claimtrail.test", role: "ADMIN" },
      { email: "editor@claimtrail.test", role: "EDITOR" },
    ]);
    expect(await createDemoAccounts(db)).toBe(false);
    expect(await signIn(auth, "editor@claimtrail.test", DEMO_PASSWORD)).toMatch(/session_token=/);
  });
});
