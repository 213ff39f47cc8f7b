import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../lib/net/free-port";
import { Meilisearch } from "meilisearch";
import { MeilisearchEngine } from "../../lib/search/meilisearch/engine";

// The Meilisearch engine, measured beside the Postgres server: the server in MEILI_URL (with
// MEILI_ADMIN_KEY) when set, else one of the benchmark's own from MEILI_BIN or the usual
// install path, on loopback with a throwaway data folder, so that its memory and disk can be
// read from the outside.

export const DEFAULT_MEILI_BIN = "/opt/meilisearch/bin/meilisearch";
const INDEX_UID = "claimtrail_bench";
// A 100k rebuild's last batches and the swap wait behind the whole indexing queue.
const TASK_TIMEOUT_MS = 30 * 60_000;
// The benchmark measures latency; it must not turn a slow search into an error.
const SEARCH_TIMEOUT_MS = 120_000;

export interface MeiliFootprint {
  /** VmRSS of the server process after the queries; NaN for a server the benchmark did not start. */
  rssBytes: number;
  /** RssAnon: the part of rssBytes that is the process's own heap, not its mapped database files. */
  rssAnonBytes: number;
  /** VmHWM: the process's peak resident memory, indexing included. */
  peakRssBytes: number;
  /** `du` of the server's --db-path: the blocks allocated on disk. */
  diskBytes: number;
  /** `databaseSize` from GET /stats: the size of the server's database files. */
  databaseSizeBytes: number;
  /** `usedDatabaseSize` from GET /stats: the pages in use (the rest is free space kept for reuse). */
  usedDatabaseSizeBytes: number;
}

export interface MeiliTarget {
  engine: MeilisearchEngine;
  version: string;
  storage: string;
  footprint(): Promise<MeiliFootprint>;
  close(): Promise<void>;
}

/** A /proc/<pid>/status field in kB, as bytes. */
function procStatusBytes(pid: number, field: "VmRSS" | "RssAnon" | "VmHWM"): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) * 1024 : NaN;
}

const diskUsage = (dir: string) => Number(execFileSync("du", ["-s", "--block-size=1", dir], { encoding: "utf8" }).split("\t")[0]);

function engineFor(url: string, apiKey: string | undefined): MeilisearchEngine {
  return new MeilisearchEngine({
    url,
    apiKey,
    indexUid: INDEX_UID,
    taskTimeoutMs: TASK_TIMEOUT_MS,
    searchTimeoutMs: SEARCH_TIMEOUT_MS,
    writeTimeoutMs: TASK_TIMEOUT_MS,
  });
}

async function versionOf(client: Meilisearch): Promise<string> {
  return `Meilisearch ${(await client.getVersion()).pkgVersion}`;
}

async function startOwn(bin: string, workDir: string | undefined): Promise<MeiliTarget> {
  const dataDir = mkdtempSync(path.join(workDir ?? os.tmpdir(), "meilisearch-"));
  const dbPath = path.join(dataDir, "data.ms");
  const masterKey = randomBytes(24).toString("hex");
  const url = `http://127.0.0.1:${await freePort()}`;
  // Same process group as the benchmark's child: a timeout that kills the child kills it too.
  const server = spawn(bin, ["--no-analytics", "--http-addr", new URL(url).host, "--db-path", dbPath, "--master-key", masterKey], {
    stdio: "ignore",
  });
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGKILL");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const client = new Meilisearch({ host: url, apiKey: masterKey });
    for (let attempt = 0; !(await client.isHealthy()); attempt++) {
      if (server.exitCode !== null) throw new Error(`${bin} exited with code ${server.exitCode}`);
      if (attempt > 600) throw new Error(`${bin} did not become healthy within a minute`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return {
      engine: engineFor(url, masterKey),
      version: await versionOf(client),
      storage: `own server on ${new URL(url).host}, --db-path on disk (${path.dirname(dataDir)})`,
      async footprint() {
        const stats = await client.getStats();
        return {
          rssBytes: procStatusBytes(server.pid!, "VmRSS"),
          rssAnonBytes: procStatusBytes(server.pid!, "RssAnon"),
          peakRssBytes: procStatusBytes(server.pid!, "VmHWM"),
          diskBytes: diskUsage(dbPath),
          databaseSizeBytes: stats.databaseSize,
          usedDatabaseSizeBytes: stats.usedDatabaseSize,
        };
      },
      close: stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function useExisting(url: string, apiKey: string | undefined): Promise<MeiliTarget> {
  const client = new Meilisearch({ host: url, apiKey });
  return {
    engine: engineFor(url, apiKey),
    version: await versionOf(client),
    storage: `MEILI_URL ${url}: memory and disk of the process not measured`,
    async footprint() {
      const stats = await client.getStats();
      return {
        rssBytes: NaN,
        rssAnonBytes: NaN,
        peakRssBytes: NaN,
        diskBytes: NaN,
        databaseSizeBytes: stats.databaseSize,
        usedDatabaseSizeBytes: stats.usedDatabaseSize,
      };
    },
    async close() {
      await client.deleteIndex(INDEX_UID).waitTask({ timeout: TASK_TIMEOUT_MS });
    },
  };
}

/** The Meilisearch to measure, or why there is none. */
export async function openMeilisearch(workDir: string | undefined): Promise<MeiliTarget | { skipped: string }> {
  if (process.env.MEILI_URL) return useExisting(process.env.MEILI_URL, process.env.MEILI_ADMIN_KEY || undefined);
  const bin = process.env.MEILI_BIN || DEFAULT_MEILI_BIN;
  if (!existsSync(bin))
    return { skipped: `Meilisearch not measured: MEILI_URL is not set and there is no server binary at ${bin} (set MEILI_BIN)` };
  return startOwn(bin, workDir);
}
