import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { hashPassword, verifyPassword } from "./password";
import { createAccount, createTestAuth, signInRequest, TEST_PASSWORD } from "./test-support";

describe("password hashing", () => {
  const { db } = useTestDatabase();
  const auth = createTestAuth(db);
  beforeEach(() => resetDatabase(db));

  it("stores argon2id with OWASP's parameters (m=19456 KiB, t=2, p=1), salted", async () => {
    const userId = await createAccount(db, "hash@claimtrail.test");
    const account = await db.account.findFirstOrThrow({ where: { userId, providerId: "credential" } });
    // PHC string: $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>
    const [, algorithm, version, parameters, salt, digest] = account.password!.split("$");
    expect(algorithm).toBe("argon2id");
    expect(version).toBe("v=19");
    expect(Object.fromEntries(parameters!.split(",").map((pair) => pair.split("=")))).toEqual({ m: "19456", t: "2", p: "1" });
    expect(Buffer.from(salt!, "base64").length).toBeGreaterThanOrEqual(16);
    expect(Buffer.from(digest!, "base64").length).toBe(32);
    expect(account.password).not.toContain(TEST_PASSWORD);
    expect(await hashPassword(TEST_PASSWORD)).not.toBe(account.password);
  });

  it("verifies the right password only, and never throws on a malformed hash", async () => {
    const stored = await hashPassword(TEST_PASSWORD);
    expect(await verifyPassword({ hash: stored, password: TEST_PASSWORD })).toBe(true);
    expect(await verifyPassword({ hash: stored, password: `${TEST_PASSWORD}!` })).toBe(false);
    expect(await verifyPassword({ hash: "not-a-hash", password: TEST_PASSWORD })).toBe(false);
  });

  it("is what Better Auth checks at sign-in", async () => {
    await createAccount(db, "hash@claimtrail.test");
    expect((await auth.handler(signInRequest("hash@claimtrail.test", TEST_PASSWORD))).status).toBe(200);
    expect((await auth.handler(signInRequest("hash@claimtrail.test", "wrong password here"))).status).toBe(401);
  });
});
