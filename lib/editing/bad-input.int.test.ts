import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { createApiToken } from "../auth/api-tokens";
import { db } from "../db/client";
import { resetDatabase } from "../testing/test-database";
import { toAppError } from "./database-errors";
import { createActors, huangQuote } from "../testing/editing-fixtures";

// Bytes no text may hold, sent to the real write endpoints: each is refused with a 400 that
// names the field, before SQL sees it, and nothing is stored.
const { url, poolMax } = inject("database");
process.env.DATABASE_URL = url;
process.env.DATABASE_POOL_MAX = String(poolMax);

const { POST: postQuote } = await import("@/app/api/quotes/route");
const { POST: postSource } = await import("@/app/api/sources/route");
const { POST: postEntity } = await import("@/app/api/entities/route");

const ORIGIN = "http://localhost:3000";
const noParams = { params: Promise.resolve({}) };
let token: string;

function post(path: string, body: BodyInit) {
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "sec-fetch-site": "same-origin",
      host: new URL(ORIGIN).host,
      origin: ORIGIN,
      authorization: `Bearer ${token}`,
    },
    body,
  });
}
const answer = async (response: Response) => ({ status: response.status, body: (await response.json()) as Record<string, any> });
const source = (fields: Record<string, unknown>) => JSON.stringify({ type: "ARTICLE", title: "A title", lang: "en", ...fields });

beforeAll(async () => {
  await resetDatabase(db());
  const actors = await createActors(db());
  token = (await createApiToken(db(), actors.admin, { userId: actors.editor!.userId, name: "script" })).token;
});
afterAll(() => db().$disconnect());

describe("text no field may hold", () => {
  it("refuses a NUL character with a 400 naming the field", async () => {
    const quote = huangQuote();
    quote.quote.text = "China is going\u0000 to win";
    expect(await answer(await postQuote(post("/api/quotes", JSON.stringify(quote)), noParams))).toMatchObject({
      status: 400,
      body: { error: { code: "invalid_input", fields: { "quote.text": "must not contain control characters such as NUL" } } },
    });
    expect(await answer(await postSource(post("/api/sources", source({ doi: "10.1000/a\u0000b" })), noParams))).toMatchObject({
      status: 400,
      body: { error: { fields: { doi: expect.any(String) } } },
    });
    expect(await db().quote.count()).toBe(0);
  });

  it("refuses a lone surrogate and the replacement character", async () => {
    const lone = await answer(
      await postSource(post("/api/sources", '{"type":"ARTICLE","lang":"en","title":"half \\ud83d of an emoji"}'), noParams),
    );
    expect(lone).toMatchObject({
      status: 400,
      body: { error: { fields: { title: "must be valid Unicode text (it holds half of a surrogate pair)" } } },
    });
    const replaced = await answer(await postSource(post("/api/sources", source({ title: "damaged \uFFFD text" })), noParams));
    expect(replaced).toMatchObject({ status: 400, body: { error: { fields: { title: expect.stringContaining("U+FFFD") } } } });
    expect(await answer(await postSource(post("/api/sources", source({ title: "a whole emoji 😀" })), noParams))).toMatchObject({
      status: 201,
    });
  });

  it("refuses a body that is not valid UTF-8 instead of storing U+FFFD", async () => {
    const bytes = new TextEncoder().encode(source({ title: "caf__" }));
    const at = new TextDecoder().decode(bytes).indexOf("__");
    bytes.set([0xc3, 0x28], at); // a lead byte followed by a byte that cannot continue it
    expect(await answer(await postSource(post("/api/sources", bytes), noParams))).toMatchObject({
      status: 400,
      body: { error: { code: "invalid_input", message: expect.stringContaining("UTF-8") } },
    });
    expect(await db().source.count({ where: { title: { contains: "\uFFFD" } } })).toBe(0);
  });

  it("refuses line breaks in single-line fields, and keeps them in running text", async () => {
    const forged = "A title\r\nER  - \r\nTY  - JOUR";
    expect(await answer(await postSource(post("/api/sources", source({ title: forged })), noParams))).toMatchObject({
      status: 400,
      body: { error: { fields: { title: "must be one line (no line breaks)" } } },
    });
    for (const title of ["x\ny", "x\ry", "x\u2028y", "x\u0085y", "x\vy"]) {
      expect((await postSource(post("/api/sources", source({ title })), noParams)).status).toBe(400);
    }
    const authors = await answer(await postSource(post("/api/sources", source({ authors: [{ family: "Huang\nER  -" }] })), noParams));
    expect(authors).toMatchObject({
      status: 400,
      body: { error: { fields: { "authors.0.family": "must be one line (no line breaks)" } } },
    });
    const entity = await answer(
      await postEntity(post("/api/entities", JSON.stringify({ kind: "PERSON", name: "Jensen\nHuang" })), noParams),
    );
    expect(entity).toMatchObject({ status: 400, body: { error: { fields: { name: "must be one line (no line breaks)" } } } });
    const quote = huangQuote();
    quote.quote.text = "China is going to win the AI race.\nThat is what I said.";
    expect((await postQuote(post("/api/quotes", JSON.stringify(quote)), noParams)).status).toBe(201);
  });

  it("refuses source addresses that carry a user name or password", async () => {
    for (const address of ["https://example.com@evil.example/", "https://user:pass@example.com/a"]) {
      expect(await answer(await postSource(post("/api/sources", source({ url: address })), noParams))).toMatchObject({
        status: 400,
        body: { error: { fields: { url: expect.stringContaining("user name") } } },
      });
      expect(await answer(await postSource(post("/api/sources", source({ archiveUrl: address })), noParams))).toMatchObject({
        status: 400,
        body: { error: { fields: { archiveUrl: expect.stringContaining("user name") } } },
      });
    }
  });
});

describe("the last line", () => {
  it("maps Postgres data errors (class 22) to invalid_input", async () => {
    const nul = await db()
      .$queryRawUnsafe("SELECT $1::text", "a\u0000b")
      .catch((error: unknown) => error);
    expect(toAppError(nul)).toMatchObject({ code: "invalid_input", status: 400 });
    const overflow = await db()
      .$queryRawUnsafe("SELECT 2147483647::int + 1")
      .catch((error: unknown) => error);
    expect(toAppError(overflow)).toMatchObject({ code: "invalid_input" });
  });
});
