import "server-only";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../db/embedded";
import { migrate } from "../db/migrate";

export default async function setup(project: TestProject) {
  const embedded = await startEmbeddedPostgres();
  await migrate(embedded.url);
  project.provide("database", { url: embedded.url, poolMax: 1, kind: "embedded" });
  return () => embedded.stop();
}
