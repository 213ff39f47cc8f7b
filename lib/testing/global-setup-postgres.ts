import "server-only";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../db/migrate";

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL!;
  // The restricted role the app runs as in production; its rights are tested on this database.
  const appUrl = process.env.TEST_APP_DATABASE_URL || undefined;
  if (process.env.CI && !appUrl) throw new Error("CI must set TEST_APP_DATABASE_URL: the app role's rights have to be tested.");
  // The suite wipes this database: refuse any whose name does not say it is for tests.
  const name = new URL(url).pathname.slice(1);
  if (!/test/i.test(name)) throw new Error(`TEST_DATABASE_URL must name a test database (got "${name}").`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
  await migrate(url, undefined, appUrl);
  project.provide("database", { url, appUrl, poolMax: 5, kind: "postgres" });
}
