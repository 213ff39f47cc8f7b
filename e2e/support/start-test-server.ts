import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { Meilisearch } from "meilisearch";
import { entityIndexUid } from "../../lib/search/meilisearch/entity-index";

// The app under test gets an embedded database of its own, emptied first, so the tests can
// never touch a developer's data; DATABASE_URL is cleared for the same reason.
const root = path.resolve(import.meta.dirname, "../..");
const dataDir = path.join(root, ".data", `e2e-${process.env.PORT ?? "3100"}`);
rmSync(dataDir, { recursive: true, force: true });

const env: NodeJS.ProcessEnv = { ...process.env, CLAIMTRAIL_DATA_DIR: dataDir };
delete env.DATABASE_URL;
// With MEILI_URL set the app searches on Meilisearch, in an index of its own emptied first.
if (env.MEILI_URL) {
  env.MEILI_INDEX = `claimtrail_e2e_${process.env.PORT ?? "3100"}`;
  const client = new Meilisearch({ host: env.MEILI_URL, apiKey: env.MEILI_ADMIN_KEY });
  // A failed task (no such index yet) resolves too: either way the index is gone.
  for (const uid of [env.MEILI_INDEX, entityIndexUid(env.MEILI_INDEX)]) await client.deleteIndex(uid).waitTask();
}
const child = spawn(process.execPath, [...process.execArgv, path.join(root, "scripts", "start.ts")], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 1));
