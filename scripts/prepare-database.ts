import { prepareAccounts } from "../lib/auth/bootstrap";
import { createPrismaClient, type Db } from "../lib/db/client";
import { openDatabase, type DatabaseConnection } from "../lib/db/connection";
import { migrate } from "../lib/db/migrate";
import { readEnv } from "../lib/env";
import { createSearchEngine } from "../lib/search/engine";
import { processOutbox } from "../lib/search/sync";
import { loadCorpus } from "../lib/seed/load-corpus";
import { corpus } from "../prisma/seed/corpus";

/**
 * Indexes what is pending, so the first page already searches. A search engine that is down
 * or hung must not stop or delay the app: its health check has a short deadline, and when it
 * fails the app's worker prepares the index and catches up once the engine answers.
 */
async function indexPending(db: Db, log: (line: string) => void): Promise<void> {
  const engine = createSearchEngine(db);
  const health = await engine.checkHealth();
  if (health.status !== "ok") {
    log(`search engine (${engine.name}) unavailable, indexing left to the worker: ${health.reason}`);
    return;
  }
  try {
    await engine.prepare();
    const indexed = await processOutbox(db, engine);
    if (indexed) log(`indexed ${indexed} change(s) with the ${engine.name} engine`);
  } catch (error) {
    log(`search index not brought up to date yet (${engine.name}): ${(error as Error).message}`);
  }
}

/** Opens the configured database, migrates it, loads the demo corpus when empty, and indexes. */
export async function prepareDatabase(log: (line: string) => void): Promise<DatabaseConnection> {
  const connection = await openDatabase();
  log(connection.embedded ? "using the embedded database" : "using the Postgres server at DATABASE_URL");
  const db = createPrismaClient(connection.url, connection.poolMax);
  try {
    const migrations = await migrate(connection.ownerUrl, log, connection.url);
    if (migrations.length) log(`applied ${migrations.length} migration(s)`);
    await prepareAccounts(db, { embedded: connection.embedded, env: readEnv() }, log);
    if ((await db.claim.count()) === 0) {
      log("empty database: loading the demo corpus");
      await loadCorpus(db, corpus);
    }
    await indexPending(db, log);
  } catch (error) {
    await connection.close();
    throw error;
  } finally {
    await db.$disconnect();
  }
  return connection;
}
