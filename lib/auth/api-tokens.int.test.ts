import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { actorFromHeaders } from "./actor-from-headers";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-tokens";
import { digestToken } from "./tokens";
import { createAccount, createTestAuth } from "./test-support";

const bearer = (token: string) => new Headers({ authorization: `Bearer ${token}` });

describe("personal API tokens", () => {
  const { db } = useTestDatabase();
  const auth = createTestAuth(db);
  let admin: { userId: number; role: "ADMIN" };
  let editorId: number;
  beforeEach(async () => {
    await resetDatabase(db);
    admin = { userId: await createAccount(db, "admin@claimtrail.test", "ADMIN"), role: "ADMIN" };
    editorId = await createAccount(db, "editor@claimtrail.test", "EDITOR");
  });

  it("is shown once, stored as its sha256 digest, and acts as its account with the account's role", async () => {
    const { token, record } = await createApiToken(db, admin, { userId: editorId, name: "import script" });
    expect(token).toMatch(/^ct_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: record.id } });
    expect(row.tokenHash).toBe(digestToken(token));
    expect(JSON.stringify(row)).not.toContain(token.slice(3));
    expect(row).toMatchObject({ tokenPrefix: token.slice(0, 9), createdById: admin.userId, lastUsedAt: null });

    expect(await actorFromHeaders(auth, db, bearer(token))).toEqual({ userId: editorId, role: "EDITOR" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: record.id } })).lastUsedAt).toBeInstanceOf(Date);
    await db.user.update({ where: { id: editorId }, data: { role: "READER" } });
    expect(await actorFromHeaders(auth, db, bearer(token))).toEqual({ userId: editorId, role: "READER" });
  });

  it("refuses a revoked token, an unknown one and a malformed header, never falling back to a reader", async () => {
    const { token, record } = await createApiToken(db, admin, { userId: editorId, name: "ci" });
    await revokeApiToken(db, admin, record.id);
    await expect(actorFromHeaders(auth, db, bearer(token))).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(actorFromHeaders(auth, db, bearer(`ct_${"A".repeat(43)}`))).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(actorFromHeaders(auth, db, new Headers({ authorization: `Basic ${token}` }))).rejects.toMatchObject({
      code: "unauthenticated",
    });
    expect((await listApiTokens(db, admin)).find((item) => item.id === record.id)?.revokedAt).toBeInstanceOf(Date);
  });

  it("can be created and revoked only by an admin, for an existing account", async () => {
    const editor = { userId: editorId, role: "EDITOR" as const };
    await expect(createApiToken(db, editor, { userId: editorId, name: "mine" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createApiToken(db, null, { userId: editorId, name: "mine" })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(createApiToken(db, admin, { userId: 999_999, name: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(createApiToken(db, admin, { userId: editorId, name: "  " })).rejects.toBeInstanceOf(AppError);
    const { record } = await createApiToken(db, admin, { userId: editorId, name: "ci" });
    await expect(revokeApiToken(db, editor, record.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(revokeApiToken(db, admin, 999_999)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.apiToken.count({ where: { revokedAt: null } })).toBe(1);
  });
});
