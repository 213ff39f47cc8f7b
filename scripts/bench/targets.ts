import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import type { TargetName } from "./report";

export const DEFAULT_BENCH_DATABASE_URL = "postgresql://claimtrail:claimtrail@127.0.0.1:5432/claimtrail_bench_test";

export type EmbeddedStorage = "disk" | "memory";

export interface BenchTarget {
  name: TargetName;
  url: string;
  /** 1 for the embedded database, which has one session. */
  poolMax: number;
  version: string;
  storage: string;
  close(): Promise<void>;
}

/** The benchmark wipes its database: only accept one whose name says it is disposable. */
export function checkDisposable(url: string): void {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/bench|test/i.test(name)) {
    throw new Error(`BENCH_DATABASE_URL must name a database for benchmarks or tests (its name must contain "bench" or "test"); got "${name}". It is wiped on every run.`);
  }
}

/** An empty public schema, then the app's migrations. */
async function resetSchema(url: string, terminateOthers: boolean): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // A run killed by its timeout may have left a query running that would hold locks.
    if (terminateOthers) {
      await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
    }
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    return rows[0]!.version;
  } finally {
    await client.end();
  }
}

export async function openTarget(name: TargetName, options: { serverUrl: string; embeddedStorage: EmbeddedStorage }): Promise<BenchTarget> {
  if (name === "server") {
    checkDisposable(options.serverUrl);
    const version = await resetSchema(options.serverUrl, true);
    await migrate(options.serverUrl);
    const host = new URL(options.serverUrl);
    return { name, url: options.serverUrl, poolMax: 4, version, storage: `server at ${host.hostname}:${host.port || 5432}${host.pathname}`, close: async () => {} };
  }
  const dataDir = options.embeddedStorage === "disk" ? path.join(mkdtempSync(path.join(os.tmpdir(), "claimtrail-bench-")), "pglite") : undefined;
  const embedded = await startEmbeddedPostgres({ dataDir });
  try {
    const version = await resetSchema(embedded.url, false);
    await migrate(embedded.url);
    return {
      name,
      url: embedded.url,
      poolMax: 1,
      version,
      storage: dataDir ? `PGlite, data folder on disk (${os.tmpdir()})` : "PGlite, in memory",
      async close() {
        await embedded.stop();
        if (dataDir) rmSync(path.dirname(dataDir), { recursive: true, force: true });
      },
    };
  } catch (error) {
    await embedded.stop();
    if (dataDir) rmSync(path.dirname(dataDir), { recursive: true, force: true });
    throw error;
  }
}
