import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createApiToken } from "../auth/api-tokens";
import { THROTTLE_POLICY } from "../auth/policy";
import { authRouteHandler } from "../auth/route-handler";
import { createAccount, createTestAuth, signInRequest } from "../auth/test-support";
import { addHuangQuote, createActors } from "../testing/editing-fixtures";
import { resetDatabase } from "../testing/test-database";

// The security events that come from requests and edits rather than from account
// management (account-access.int.test.ts has those): a throttled sign-in, a refused API
// call (401 and 403), and an edit with who made it and what it changed.
const { url, poolMax } = inject("database");
Object.assign(process.env, { DATABASE_URL: url, DATABASE_POOL_MAX: String(poolMax), SEARCH_WORKER: "off" });
const { db } = await import("../db/client");
const { POST: postSource } = await import("@/app/api/sources/route");

const ORIGIN = "http://localhost:3000";
const newSource = (authorization?: string) =>
  postSource(
    new Request(`${ORIGIN}/api/sources`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ type: "ARTICLE", title: "Logged", lang: "en", url: "https://example.com/logged" }),
    }),
    { params: Promise.resolve({}) },
  );

/** The security lines written while `run` runs, parsed, without their time. */
async function eventsOf(run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    await run();
    return write.mock.calls
      .map(([chunk]) => String(chunk))
      .filter((chunk) => chunk.includes('"kind":"security"'))
      .map((chunk) => {
        const { time: _time, kind: _kind, ...rest } = JSON.parse(chunk) as Record<string, unknown>;
        return rest;
      });
  } finally {
    write.mockRestore();
  }
}

describe("security events of requests and edits", () => {
  let actors: Awaited<ReturnType<typeof createActors>>;
  beforeAll(async () => {
    await resetDatabase(db());
    actors = await createActors(db());
  });
  afterAll(() => db().$disconnect());

  it("logs a throttled sign-in with the account, the address, the scope and the wait", async () => {
    const auth = createTestAuth(db());
    const route = authRouteHandler(async () => auth);
    await createAccount(db(), "locked@claimtrail.test");
    const events = await eventsOf(async () => {
      for (let i = 0; i <= THROTTLE_POLICY.email.maxFailures; i++)
        await route(signInRequest("locked@claimtrail.test", `wrong ${i}`, "2001:db8:7:7::1"));
    });
    const throttled = events.filter((event) => event.event === "sign_in.throttled");
    expect(throttled).toEqual([
      {
        event: "sign_in.throttled",
        email: "locked@claimtrail.test",
        address: "2001:0db8:0007:0007::/64",
        scope: "email",
        retryAfterSeconds: expect.any(Number),
      },
    ]);
  });

  it("logs every 401 and 403 of the API", async () => {
    const readerToken = (await createApiToken(db(), actors.admin, { userId: actors.reader!.userId, name: "reader script" })).token;
    const events = await eventsOf(async () => {
      expect((await newSource()).status).toBe(401);
      expect((await newSource(`Bearer ${readerToken}`)).status).toBe(403);
    });
    expect(events.filter((event) => event.event === "access.denied")).toEqual([
      { event: "access.denied", status: 401, code: "unauthenticated" },
      { event: "access.denied", status: 403, code: "forbidden" },
    ]);
  });

  it("logs every edit with who made it and what it changed", async () => {
    const events = await eventsOf(() => addHuangQuote(db(), actors.editor));
    const edits = events.filter((event) => event.event === "record.edited");
    expect(edits.length).toBeGreaterThanOrEqual(3);
    for (const edit of edits)
      expect(edit).toMatchObject({
        authorId: actors.editor!.userId,
        recordType: expect.any(String),
        recordId: expect.any(Number),
        version: expect.any(Number),
        action: "CREATE",
      });
    expect(edits.map((edit) => edit.recordType)).toEqual(expect.arrayContaining(["quote", "claim", "source"]));
  });
});
