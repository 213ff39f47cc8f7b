import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";

export const DEFAULT_BENCH_DATABASE_URL = "postgresql://claimtrail:claimtrail@127.0.0.1:5432/claimtrail_bench_test";

export type EmbeddedStorage = "disk" | "memory";

/** The Postgres engine's targets: a server, or PGlite in the benchmark's process. */
export type PostgresTargetName = "server" | "embedded";

export interface BenchTarget {
  name: PostgresTargetName;
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
    throw new Error(
      `BENCH_DATABASE_URL must name a database for benchmarks or tests (its name must contain "bench" or "test"); got "${name}". It is wiped on every run.`,
    );
  }
}

// Any constant: held for a whole run, so two benchmark runs never share (and wipe) one database.
const BENCH_LOCK_KEY = 72_917_402;

/**
 * Claims the server database for this run on a connection of its own, which holds a session
 * advisory lock until close. A run that died released its lock with its connection.
 */
async function claimDatabase(url: string): Promise<{ pid: number; release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ locked: boolean; pid: number }>(
    "SELECT pg_try_advisory_lock($1) AS locked, pg_backend_pid() AS pid",
    [BENCH_LOCK_KEY],
  );
  if (!rows[0]!.locked) {
    await client.end();
    throw new Error(
      `Another benchmark run is using ${new URL(url).pathname.slice(1)}: wait for it to finish, or point BENCH_DATABASE_URL at another database.`,
    );
  }
  return { pid: rows[0]!.pid, release: () => client.end() };
}

/** An empty public schema, then the app's migrations. */
async function resetSchema(url: string, keepPid?: number): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // A run killed by its timeout may have left a query running that would hold locks.
    if (keepPid !== undefined) {
      await client.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND pid <> $1`,
        [keepPid],
      );
    }
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    return rows[0]!.version;
  } finally {
    await client.end();
  }
}

/**
 * `workDir`: a folder the caller owns and removes (the embedded data folder goes inside), so
 * that a run killed by its timeout leaves nothing behind; without it, a temporary folder.
 */
export async function openTarget(
  name: PostgresTargetName,
  options: { serverUrl: string; embeddedStorage: EmbeddedStorage; workDir?: string },
): Promise<BenchTarget> {
  if (name === "server") {
    checkDisposable(options.serverUrl);
    const claim = await claimDatabase(options.serverUrl);
    try {
      const version = await resetSchema(options.serverUrl, claim.pid);
      await migrate(options.serverUrl);
      const host = new URL(options.serverUrl);
      return {
        name,
        url: options.serverUrl,
        poolMax: 4,
        version,
        storage: `server at ${host.hostname}:${host.port || 5432}${host.pathname}`,
        close: () => claim.release(),
      };
    } catch (error) {
      await claim.release();
      throw error;
    }
  }
  const dataDir =
    options.embeddedStorage === "disk"
      ? path.join(options.workDir ?? mkdtempSync(path.join(os.tmpdir(), "claimtrail-bench-")), "pglite")
      : undefined;
  const embedded = await startEmbeddedPostgres({ dataDir });
  try {
    const version = await resetSchema(embedded.url);
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
