// Loads Claimtrail's demo corpus: migrates the database if needed, then writes whatever part
// of the corpus is missing. Safe to run again: a second run creates nothing.

import { corpus } from "../prisma/seed/corpus";
import { createPrismaClient } from "../lib/db/client";
import { openDatabase } from "../lib/db/connection";
import { migrate } from "../lib/db/migrate";
import { CorpusValidationError, SEED_COUNT_KEYS, loadCorpus, type SeedProgress } from "../lib/seed/load-corpus";

const connection = await openDatabase();
try {
  const applied = await migrate(connection.ownerUrl, (line) => console.log(line), connection.url);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);

  const client = createPrismaClient(connection.url, connection.poolMax);
  try {
    const onProgress = ({ stage, done, total }: SeedProgress) => {
      if (done === total) console.log(`  ${stage}: ${total} checked`);
    };
    console.log("Loading the demo corpus…");
    const summary = await loadCorpus(client, corpus, onProgress);

    const width = Math.max(...SEED_COUNT_KEYS.map((key) => key.length));
    console.log(`\n${"record".padEnd(width)}  created  in corpus`);
    for (const key of SEED_COUNT_KEYS) {
      console.log(`${key.padEnd(width)}  ${String(summary.created[key]).padStart(7)}  ${String(summary.inCorpus[key]).padStart(9)}`);
    }
    console.log(
      summary.totalCreated ? `\nCreated ${summary.totalCreated} record(s).` : "\nThe corpus was already loaded: nothing to create.",
    );
  } finally {
    await client.$disconnect();
  }
} catch (error) {
  // A corpus problem is explained by its message; anything else deserves its stack.
  console.error(error instanceof CorpusValidationError ? error.message : error);
  process.exitCode = 1;
} finally {
  await connection.close();
}
