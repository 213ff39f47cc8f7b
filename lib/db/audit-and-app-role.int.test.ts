import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { addHuangQuote, createActors } from "../testing/editing-fixtures";
import { updateQuote } from "../quotes/update-quote";
import { resetDatabase, useTestDatabase } from "../testing/test-database";
import { createPrismaClient } from "./client";

// The record of edits cannot be erased by the app's role, and every change to a provenance
// table leaves an audit row, whether it came through the app or around it.
const { db, kind } = useTestDatabase();
const { appUrl } = inject("database");

let actors: Awaited<ReturnType<typeof createActors>>;
let quoteId: number;

beforeAll(async () => {
  await resetDatabase(db);
  actors = await createActors(db);
  quoteId = (await addHuangQuote(db, actors.editor!)).quote.id;
});

const auditOf = (operation: string, table = "quotes") =>
  db.auditLog.findMany({ where: { tableName: table, operation }, orderBy: { id: "asc" } });

describe("the audit trigger", () => {
  it("records the app's edits with their actor", async () => {
    const [created] = await auditOf("INSERT");
    expect(created).toMatchObject({ actor: String(actors.editor!.userId), oldRow: null, newRow: { id: quoteId } });
  });

  it("records a direct UPDATE that bypasses the app: old and new row, the database user, no actor", async () => {
    await db.$executeRawUnsafe(`UPDATE quotes SET text = 'China is not going to win.' WHERE id = ${quoteId}`);
    const trace = (await auditOf("UPDATE")).at(-1)!;
    expect(trace).toMatchObject({
      actor: null,
      oldRow: { id: quoteId, text: "China is going to win the AI race." },
      newRow: { id: quoteId, text: "China is not going to win." },
    });
    const [{ user }] = await db.$queryRawUnsafe<[{ user: string }]>("SELECT current_user AS user");
    expect(trace.dbUser).toBe(user);
    expect(trace.at.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("records a DELETE and a TRUNCATE", async () => {
    await db.$executeRawUnsafe("DELETE FROM claim_tags");
    expect((await auditOf("DELETE", "claim_tags")).length).toBeGreaterThan(0);
    await db.$executeRawUnsafe("TRUNCATE claim_tags");
    expect(await auditOf("TRUNCATE", "claim_tags")).toHaveLength(1);
  });
});

describe.runIf(kind === "postgres")("the app's database role", () => {
  const app = () => new pg.Client({ connectionString: appUrl });
  let client: pg.Client;
  beforeAll(async () => {
    if (!appUrl) throw new Error("TEST_APP_DATABASE_URL is not set: the app role's rights are not tested.");
    client = app();
    await client.connect();
  });
  afterAll(() => client?.end());

  const refused = (sql: string) =>
    client.query(sql).then(
      () => "allowed",
      (error: { code?: string }) => error.code,
    );

  it("cannot erase or rewrite the history", async () => {
    expect(await refused("TRUNCATE revisions")).toBe("42501");
    expect(await refused("TRUNCATE quotes CASCADE")).toBe("42501");
    expect(await refused("ALTER TABLE revisions DISABLE TRIGGER ALL")).toBe("42501");
    expect(await refused('DROP TRIGGER "revisions_append_only" ON revisions')).toBe("42501");
    expect(await refused('DROP TRIGGER "audit_change" ON quotes')).toBe("42501");
    expect(await refused("UPDATE revisions SET reason = 'rewritten'")).toBe("42501");
    expect(await refused("DELETE FROM revisions")).toBe("42501");
    expect(await refused("DELETE FROM audit_log")).toBe("42501");
    expect(await refused("UPDATE audit_log SET actor = NULL")).toBe("42501");
    expect(await refused("SELECT count(*) FROM audit_log")).toBe("42501");
  });

  it("cannot change the schema", async () => {
    expect(await refused("CREATE TABLE shadow (id int)")).toBe("42501");
    expect(await refused("ALTER TABLE quotes ADD COLUMN note text")).toBe("42501");
    expect(await refused("DROP TABLE quotes CASCADE")).toBe("42501");
    expect(await refused('DELETE FROM "_prisma_migrations"')).toBe("42501");
  });

  it("runs the app's writes, and its direct writes are audited as its own", async () => {
    const appDb = createPrismaClient(appUrl!, 2);
    try {
      const current = await appDb.quote.findUniqueOrThrow({ where: { id: quoteId } });
      await updateQuote(appDb, actors.editor!, quoteId, {
        version: current.version,
        reason: "As said",
        text: "China is going to win the AI race.",
      });
      await addHuangQuote(appDb, actors.admin!, {
        speaker: { slug: "jensen-huang" },
        quote: { text: "A second quote.", lang: "en", translations: [] },
      });
    } finally {
      await appDb.$disconnect();
    }
    await client.query(`UPDATE quotes SET text = 'Rewritten by hand.' WHERE id = ${quoteId}`);
    const trace = (await auditOf("UPDATE")).at(-1)!;
    expect(trace).toMatchObject({ dbUser: new URL(appUrl!).username, actor: null, newRow: { text: "Rewritten by hand." } });
  });
});
