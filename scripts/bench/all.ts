import { spawnSync } from "node:child_process";
import path from "node:path";

// `npm run bench`: every benchmark in turn, each given the same command-line options
// (e.g. `npm run bench -- --sizes 10000 --targets server`).

const BENCHMARKS = ["search.ts", "web.ts", "http.ts"];

let failed = false;
for (const file of BENCHMARKS) {
  const script = path.join(import.meta.dirname, file);
  const { status } = spawnSync(process.execPath, [...process.execArgv, script, ...process.argv.slice(2)], { stdio: "inherit" });
  if (status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
