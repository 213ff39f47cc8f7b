import { createPrismaClient } from "../lib/db/client";
import { openDatabase, type DatabaseConnection } from "../lib/db/connection";
import { migrate } from "../lib/db/migrate";
import { loadCorpus } from "../lib/seed/load-corpus";
import { corpus } from "../prisma/seed/corpus";

/** Opens the configured database, migrates it, and loads the demo corpus when it is empty. */
export async function prepareDatabase(log: (line: string) => void): Promise<DatabaseConnection> {
  const connection = await openDatabase();
  log(connection.embedded ? "using the embedded database" : "using the Postgres server at DATABASE_URL");
  const applied = await migrate(connection.url, (line) => log(line));
  if (applied.length) log(`applied ${applied.length} migration(s)`);
  const db = createPrismaClient(connection.url, connection.poolMax);
  try {
    if ((await db.claim.count()) === 0) {
      log("empty database: loading the demo corpus");
      await loadCorpus(db, corpus);
    }
  } finally {
    await db.$disconnect();
  }
  return connection;
}
