import { SingleBar, Presets } from "cli-progress";
import { createPrismaClient } from "../lib/db/client";
import { openDatabase } from "../lib/db/connection";
import { migrate } from "../lib/db/migrate";
import { createSearchEngine } from "../lib/search/engine";
import { rebuildIndex } from "../lib/search/sync";

// Rebuilds the search index from Postgres: built aside, then swapped in.
const connection = await openDatabase();
// The rebuild swaps tables, which only their owner may do.
const db = createPrismaClient(connection.ownerUrl, connection.poolMax);
try {
  await migrate(connection.ownerUrl, undefined, connection.url);
  const engine = createSearchEngine(db);
  const bar = new SingleBar(
    {
      format:
        "reindex ({engine}) [{bar}] {percentage}% | {value}/{total} documents | {rate} documents/s | {duration_formatted} | eta {eta_formatted}",
    },
    Presets.shades_classic,
  );
  let started = false;
  let documents = 0;
  const began = performance.now();
  const rate = (done: number) => Math.round(done / Math.max(0.001, (performance.now() - began) / 1000));
  await rebuildIndex(db, engine, ({ done, total }) => {
    if (!started) {
      bar.start(total, 0, { engine: engine.name, rate: 0 });
      started = true;
    }
    documents = done;
    bar.update(done, { rate: rate(done) });
  });
  if (started) bar.stop();
  console.log(
    `Index rebuilt with the ${engine.name} engine: ${documents} documents in ${((performance.now() - began) / 1000).toFixed(1)} s (${rate(documents)} documents/s).`,
  );
} finally {
  await db.$disconnect();
  await connection.close();
}
