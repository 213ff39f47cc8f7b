import "server-only";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { embeddedCredentials, startEmbeddedGate } from "./embedded-gate";

export interface EmbeddedPostgres {
  /** A postgres:// URL that the ordinary `pg` client (and so Prisma's adapter) can use. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs Postgres in this process (PGlite) behind a loopback socket, so the app reaches it
 * through exactly the same Prisma + adapter-pg path as a Postgres server. PGlite has one
 * session: clients must use a pool of one connection (DATABASE_POOL_MAX=1).
 * `dataDir` undefined keeps the database in memory (tests).
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  const releaseLock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  const db = await PGlite.create({ dataDir: options.dataDir, extensions: { pg_trgm } });
  // Clients use a pool of one, but a pool replaces a connection that saw an error by opening
  // the next one before the server has finished closing the old: allow that brief overlap.
  const socketPath = path.join(tmpdir(), `claimtrail-pglite-${process.pid}-${randomBytes(4).toString("hex")}.sock`);
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 2 });
  await server.start();
  const credentials = embeddedCredentials(options.dataDir);
  const gate = await startEmbeddedGate({ credentials, upstreamPath: socketPath, port: options.port ?? 0 });
  const login = `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}`;
  return {
    url: `postgresql://${login}@127.0.0.1:${gate.port}/postgres?sslmode=disable`,
    async stop() {
      await gate.close();
      await server.stop();
      await db.close();
      releaseLock();
    },
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Two processes writing one PGlite folder would corrupt it, so the folder is claimed by a
 * lock file holding the owner's pid; a lock left by a process that died is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = `${dataDir}.lock`;
  let owner = NaN;
  try {
    owner = Number(readFileSync(lockFile, "utf8"));
  } catch {
    // No lock yet.
  }
  if (owner && owner !== process.pid && isRunning(owner)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${owner} (is \`npm start\` running?). Stop it first, or set DATABASE_URL.`,
    );
  }
  writeFileSync(lockFile, String(process.pid));
  const release = () => rmSync(lockFile, { force: true });
  process.once("exit", release);
  return release;
}
