import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../db/migrate";

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL!;
  // The suite wipes this database: refuse any whose name does not say it is for tests.
  const name = new URL(url).pathname.slice(1);
  if (!/test/i.test(name)) throw new Error(`TEST_DATABASE_URL must name a test database (got "${name}").`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
  await migrate(url);
  project.provide("database", { url, poolMax: 5, kind: "postgres" });
}
