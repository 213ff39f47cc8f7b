import pg from "pg";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database";
import { startEmbeddedPostgres } from "./embedded";
import { migrate, readMigrations } from "./migrate";

describe("migrate", () => {
  const { db, url, kind } = useTestDatabase();

  /** Runs `check` against an empty database of the project's kind. */
  async function withEmptyDatabase(check: (emptyUrl: string) => Promise<void>) {
    if (kind === "embedded") {
      const embedded = await startEmbeddedPostgres();
      try {
        await check(embedded.url);
      } finally {
        await embedded.stop();
      }
      return;
    }
    const schema = `migrate_check_${Date.now()}`;
    await db.$executeRawUnsafe(`CREATE SCHEMA ${schema}`);
    const scoped = new URL(url);
    scoped.searchParams.set("options", `-c search_path=${schema},public`);
    try {
      await check(scoped.toString());
    } finally {
      await db.$executeRawUnsafe(`DROP SCHEMA ${schema} CASCADE`);
    }
  }

  async function recorded(emptyUrl: string) {
    const client = new pg.Client({ connectionString: emptyUrl });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`);
      return rows;
    } finally {
      await client.end();
    }
  }

  const names = () => readMigrations().map((migration) => migration.name);
  const expected = () => readMigrations().map(({ name, checksum }) => ({ migration_name: name, checksum }));

  it("records every migration in Prisma's table and applies nothing twice", async () => {
    await withEmptyDatabase(async (emptyUrl) => {
      expect(await migrate(emptyUrl)).toEqual(names());
      expect(await migrate(emptyUrl)).toEqual([]);
      expect(await recorded(emptyUrl)).toEqual(expected());
    });
  });

  // A Postgres server has many sessions; the embedded database has one, and a second
  // process cannot open the same data folder, so two migrators cannot meet there.
  it.skipIf(kind === "embedded")("applies each migration once when two processes start together", async () => {
    await withEmptyDatabase(async (emptyUrl) => {
      const [first, second] = await Promise.all([migrate(emptyUrl), migrate(emptyUrl)]);
      expect([...first, ...second].sort()).toEqual(names().sort());
      expect(await recorded(emptyUrl)).toEqual(expected());
    });
  });
});
