import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { acceptInvite, createInvite, findUsableInvite, listInvites, revokeInvite } from "./invites";
import { digestToken } from "./tokens";
import { createAccount, createTestAuth, signIn } from "./test-support";

describe("invites", () => {
  const { db } = useTestDatabase();
  const auth = createTestAuth(db);
  let admin: { userId: number; role: "ADMIN" };
  beforeEach(async () => {
    await resetDatabase(db);
    admin = { userId: await createAccount(db, "admin@claimtrail.test", "ADMIN"), role: "ADMIN" };
  });

  const accept = (token: string, password = "my own long password") => acceptInvite(db, { token, displayName: "New Editor", password });

  it("creates an account with the invited role, signs in with the chosen password, and is single-use", async () => {
    const { token, invite } = await createInvite(db, admin, { email: "New@Example.org", role: "EDITOR" });
    const row = await db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(row.tokenHash).toBe(digestToken(token));
    expect(row.email).toBe("new@example.org");
    expect(await findUsableInvite(db, token)).toEqual({ email: "new@example.org", role: "EDITOR" });

    const { userId } = await accept(token);
    expect(await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, role: true, displayName: true } })).toEqual({
      email: "new@example.org",
      role: "EDITOR",
      displayName: "New Editor",
    });
    expect(await signIn(auth, "new@example.org", "my own long password")).toMatch(/session_token=/);
    expect(await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).toMatchObject({ userId });

    expect(await findUsableInvite(db, token)).toBeNull();
    await expect(accept(token, "another long password")).rejects.toMatchObject({ code: "not_found" });
  });

  it("cannot be used twice at the same moment", async () => {
    const { token } = await createInvite(db, admin, { email: "race@example.org", role: "EDITOR" });
    const results = await Promise.allSettled([accept(token), accept(token)]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.user.count({ where: { email: "race@example.org" } })).toBe(1);
  });

  it("expires, and can be revoked", async () => {
    const expired = await createInvite(db, admin, { email: "late@example.org", role: "EDITOR" });
    await db.invite.update({ where: { id: expired.invite.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(accept(expired.token)).rejects.toMatchObject({ code: "not_found" });

    const revoked = await createInvite(db, admin, { email: "nope@example.org", role: "ADMIN" });
    await revokeInvite(db, admin, revoked.invite.id);
    await expect(accept(revoked.token)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.user.count()).toBe(1);
    const fresh = await createInvite(db, admin, { email: "soon@example.org", role: "EDITOR" });
    const listed = (await listInvites(db, admin)).map((invite) => [invite.email, invite.open]).sort();
    expect(listed).toEqual([
      ["late@example.org", false],
      ["nope@example.org", false],
      [fresh.invite.email, true],
    ]);
  });

  it("is created by admins only, for editors or admins, for an email without an account", async () => {
    const editor = { userId: await createAccount(db, "editor@claimtrail.test", "EDITOR"), role: "EDITOR" as const };
    await expect(createInvite(db, editor, { email: "x@example.org", role: "EDITOR" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createInvite(db, null, { email: "x@example.org", role: "EDITOR" })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(createInvite(db, admin, { email: "editor@claimtrail.test", role: "EDITOR" })).rejects.toMatchObject({ code: "duplicate" });
    await expect(createInvite(db, admin, { email: "x@example.org", role: "READER" as never })).rejects.toMatchObject({
      code: "invalid_input",
    });
    await expect(createInvite(db, admin, { email: "not an email", role: "EDITOR" })).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("asks for a real password", async () => {
    const { token } = await createInvite(db, admin, { email: "weak@example.org", role: "EDITOR" });
    await expect(accept(token, "short")).rejects.toMatchObject({ code: "invalid_input", fields: { password: expect.any(String) } });
    for (const breached of ["password123456", "qwertyuiop123", "Password1234!"]) {
      await expect(accept(token, breached)).rejects.toMatchObject({
        code: "invalid_input",
        fields: { password: expect.stringMatching(/common|breach/) },
      });
    }
    expect(await findUsableInvite(db, token)).not.toBeNull();
  });
});
