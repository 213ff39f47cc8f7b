import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { readEnv } from "../lib/env";
import { listenHost } from "../lib/listen-host";
import { prepareDatabase } from "./prepare-database";

// `npm start` (and `npm run dev` with --dev): one process that owns the database when it is
// the embedded one, prepares it (migrate, seed when empty, index), builds when the sources
// changed, and serves Next.js with DATABASE_URL pointing at it.

const dev = process.argv.includes("--dev");
const root = path.resolve(import.meta.dirname, "..");
const port = process.env.PORT ?? "3000";

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestModification(path.join(entry, name))));
}

function buildIsStale(): boolean {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const inputs = ["app", "components", "lib", "prisma/schema.prisma", "next.config.js", "package-lock.json"];
  return Math.max(...inputs.map((input) => newestModification(path.join(root, input)))) > statSync(buildId).mtimeMs;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, "node_modules", ".bin", "next"), args, { cwd: root, env, stdio: "inherit" });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const started = Date.now();
const database = await prepareDatabase((line) => console.log(`[claimtrail] ${line}`));
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url, PORT: port };
if (database.poolMax) env.DATABASE_POOL_MAX = String(database.poolMax);

let exitCode = 0;
if (!dev && buildIsStale()) {
  console.log("[claimtrail] building the app (next build)…");
  exitCode = await run(["build"], { ...env, NODE_ENV: "production" });
}
const host = listenHost(readEnv(), database.embedded);
if (exitCode === 0) {
  const where = host ? `on ${host}` : "on every interface";
  console.log(`[claimtrail] ready to serve after ${((Date.now() - started) / 1000).toFixed(1)} s ${where}: http://localhost:${port}`);
  exitCode = await run([dev ? "dev" : "start", "--port", port, ...(host ? ["--hostname", host] : [])], env);
}
await database.close();
process.exit(exitCode);
