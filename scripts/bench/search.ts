import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { createPrismaClient } from "../../lib/db/client";
import { PostgresEngine } from "../../lib/search/postgres/engine";
import { Corpus } from "./corpus";
import { buildQueries } from "./queries";
import {
  type SearchBenchResult,
  type TargetName,
  type TimedQuery,
  bytes,
  count,
  duration,
  fullReport,
  latencyStats,
  latencyTable,
  summarise,
} from "./report";
import { DEFAULT_BENCH_DATABASE_URL, type EmbeddedStorage, checkDisposable, openTarget } from "./targets";

// Search benchmark: builds a synthetic corpus into the Postgres engine (embedded PGlite and a
// Postgres server), then times a fixed mix of queries. Every size × target combination runs in
// its own process, so one that is slow or dies cannot spoil the others, and a timeout can stop
// it even while PGlite holds the event loop.
//
//   npm run bench:search -- --sizes 10000,100000 --targets server,embedded
//   npm run bench:search -- --report          (tables from the saved results)

const HELP = `Usage: npm run bench:search -- [options]

  --sizes <list>             corpus sizes, e.g. 10000,100k,1m (default 10000,100000,1000000)
  --targets <list>           server, embedded (default both)
  --timeout-minutes <n>      stop a size × target combination after this long (default 60)
  --queries-per-kind <n>     measured queries of each kind (default 50)
  --warmup-per-kind <n>      warm-up queries of each kind, not measured (default 5)
  --batch-size <n>           documents per rebuild batch (default 2000)
  --seed <n>                 corpus and query seed (default 1)
  --embedded-storage <mode>  disk (a temporary data folder, as the app runs) or memory (default disk)
  --report                   print the tables for the latest saved result of each target and size
  -h, --help

BENCH_DATABASE_URL names the server database (default ${DEFAULT_BENCH_DATABASE_URL});
it is wiped, so its name must contain "bench" or "test". Results go to .data/bench/.`;

const ROOT = path.resolve(import.meta.dirname, "../..");
const RESULTS_DIR = path.join(ROOT, ".data/bench");
const LANDING_RUNS = 3;
const TARGETS: TargetName[] = ["server", "embedded"];

interface Options {
  sizes: number[];
  targets: TargetName[];
  timeoutMinutes: number;
  queriesPerKind: number;
  warmupPerKind: number;
  batchSize: number;
  seed: number;
  embeddedStorage: EmbeddedStorage;
  serverUrl: string;
}

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim().replace(/[_,]/g, ""));
  if (!match) throw new Error(`Not a size: "${text}"`);
  const value = Number(match[1]) * { "": 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as "" | "k" | "m"];
  if (!Number.isInteger(value) || value < 100) throw new Error(`A size must be a whole number of at least 100: "${text}"`);
  return value;
}

function positive(text: string, name: string): number {
  const value = Number(text);
  if (!(value > 0)) throw new Error(`--${name} must be a positive number (got "${text}")`);
  return value;
}

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,100000,1000000" },
    targets: { type: "string", default: TARGETS.join(",") },
    "timeout-minutes": { type: "string", default: "60" },
    "queries-per-kind": { type: "string", default: "50" },
    "warmup-per-kind": { type: "string", default: "5" },
    "batch-size": { type: "string", default: "2000" },
    seed: { type: "string", default: "1" },
    "embedded-storage": { type: "string", default: "disk" },
    report: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
    // Internal: run one combination and write its result to --out.
    child: { type: "boolean", default: false },
    out: { type: "string" },
    "work-dir": { type: "string" },
  },
  allowPositionals: false,
});

if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const options: Options = {
  sizes: args.sizes.split(/[\s,]+/).filter(Boolean).map(parseSize),
  targets: args.targets.split(/[\s,]+/).filter(Boolean).map((target) => {
    if (!TARGETS.includes(target as TargetName)) throw new Error(`Unknown target "${target}" (server or embedded)`);
    return target as TargetName;
  }),
  timeoutMinutes: positive(args["timeout-minutes"], "timeout-minutes"),
  queriesPerKind: Math.round(positive(args["queries-per-kind"], "queries-per-kind")),
  warmupPerKind: Math.max(0, Math.round(Number(args["warmup-per-kind"]) || 0)),
  batchSize: Math.round(positive(args["batch-size"], "batch-size")),
  seed: Math.round(Number(args.seed) || 0),
  embeddedStorage: args["embedded-storage"] === "memory" ? "memory" : "disk",
  serverUrl: process.env.BENCH_DATABASE_URL || DEFAULT_BENCH_DATABASE_URL,
};

/** Local date and time for result names: runs on the same day do not overwrite each other. */
const localStamp = (date = new Date()) => {
  const two = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}${two(date.getMinutes())}`;
};

function progressBar(format: string): SingleBar {
  return new SingleBar(
    { format, stream: process.stderr, noTTYOutput: true, notTTYSchedule: 20_000, etaBuffer: 20, hideCursor: true },
    Presets.shades_classic,
  );
}

/** One size on one target: build, measure, and return the figures. */
async function runOne(targetName: TargetName, size: number): Promise<SearchBenchResult> {
  const loadAtStart = os.loadavg()[0]!;
  const code = codeVersion();
  const corpus = new Corpus(options.seed);
  const target = await openTarget(targetName, { serverUrl: options.serverUrl, embeddedStorage: options.embeddedStorage, workDir: args["work-dir"] });
  const db = createPrismaClient(target.url, target.poolMax);
  try {
    const engine = new PostgresEngine(db);
    await engine.prepare();

    const build = progressBar(`build ${targetName} ${count(size)} [{bar}] {percentage}% | {value}/{total} | {rate} docs/s | {duration_formatted} | eta {eta_formatted}`);
    build.start(size, 0, { rate: "–" });
    let generateMs = 0;
    const began = performance.now();
    await engine.rebuild(corpus.batches(size, options.batchSize, (time) => (generateMs += time)), size, ({ done }) => {
      build.update(done, { rate: count(Math.round(done / ((performance.now() - began) / 1000))) });
    });
    const rebuildMs = performance.now() - began;
    build.stop();

    // VACUUM as well as ANALYZE: it merges GIN pending lists and spares the measurements an
    // autovacuum of the freshly inserted table running alongside them.
    const analyzeBegan = performance.now();
    await db.$executeRawUnsafe("VACUUM (ANALYZE) search_documents");
    await db.$executeRawUnsafe("ANALYZE");
    const analyzeMs = performance.now() - analyzeBegan;

    const [storage] = await db.$queryRawUnsafe<
      { database: number; total: number; heap: number; toast: number; indexes: number; terms_total: number; terms: number; documents: number }[]
    >(`SELECT pg_database_size(current_database())::float8 AS database,
              pg_total_relation_size('search_documents')::float8 AS total,
              pg_relation_size('search_documents')::float8 AS heap,
              (SELECT coalesce(pg_total_relation_size(NULLIF(reltoastrelid, 0)), 0) FROM pg_class WHERE oid = 'search_documents'::regclass)::float8 AS toast,
              pg_indexes_size('search_documents')::float8 AS indexes,
              pg_total_relation_size('search_terms')::float8 AS terms_total,
              (SELECT count(*) FROM search_terms)::float8 AS terms,
              (SELECT count(*) FROM search_documents)::float8 AS documents`);
    const indexes = await db.$queryRawUnsafe<{ name: string; bytes: number }[]>(
      `SELECT indexrelname AS name, pg_relation_size(indexrelid)::float8 AS bytes FROM pg_stat_user_indexes WHERE relname = 'search_documents' ORDER BY indexrelname`,
    );

    const search = async (query: { q: string; filters: TimedQuery["filters"] }) => {
      const start = performance.now();
      const result = await engine.search({ q: query.q, filters: query.filters, sort: "relevance", page: 1, perPage: 20 });
      return { ms: performance.now() - start, total: result.total };
    };
    const warmup = buildQueries(corpus, size, options.warmupPerKind, "warmup");
    const measured = buildQueries(corpus, size, options.queriesPerKind, "measure");
    const bar = progressBar(`query ${targetName} ${count(size)} [{bar}] {value}/{total} | {duration_formatted}`);
    bar.start(warmup.length + measured.length + LANDING_RUNS, 0);
    for (const query of warmup) {
      await search(query);
      bar.increment();
    }
    const queries: TimedQuery[] = [];
    for (const query of measured) {
      queries.push({ ...query, ...(await search(query)) });
      bar.increment();
    }
    // The home page: every visitor's first search. Counted apart from the mix.
    const landing: TimedQuery[] = [];
    for (let run = 0; run < LANDING_RUNS; run++) landing.push({ kind: "faceted", q: "", filters: {}, ...(await search({ q: "", filters: {} })) });
    bar.stop();

    const cpus = os.cpus();
    return {
      benchmark: "search",
      date: new Date().toISOString(),
      target: targetName,
      size,
      seed: options.seed,
      machine: { cpu: cpus[0]?.model ?? "unknown", cores: cpus.length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, os: `${os.type()} ${os.release()}` },
      load: { start: loadAtStart, end: os.loadavg()[0]! },
      database: { version: target.version, storage: target.storage },
      build: {
        rebuildMs,
        generateMs,
        engineMs: rebuildMs - generateMs,
        analyzeMs,
        documentsPerSecond: size / (rebuildMs / 1000),
        batchSize: options.batchSize,
      },
      storage: {
        databaseBytes: storage!.database,
        documentsTotalBytes: storage!.total,
        documentsHeapBytes: storage!.heap,
        documentsToastBytes: storage!.toast,
        documentsIndexesBytes: storage!.indexes,
        indexes,
        searchTermsTotalBytes: storage!.terms_total,
        searchTerms: storage!.terms,
        documents: storage!.documents,
      },
      code,
      latency: { warmupQueries: warmup.length, ...summarise(queries), landing: latencyStats(landing) },
      queries,
    };
  } finally {
    await db.$disconnect();
    await target.close();
  }
}

/**
 * The commit measured, whether the search code or schema had uncommitted changes, and a hash
 * of the search code as this process loaded it (two runs with the same hash measured the same
 * engine, committed or not).
 */
const searchCodeHash = (() => {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(ts|sql)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) hash.update(file).update(readFileSync(file));
    }
  };
  for (const dir of ["lib/search", "prisma/migrations"]) walk(path.join(ROOT, dir));
  return hash.digest("hex").slice(0, 12);
})();

function codeVersion(): SearchBenchResult["code"] {
  try {
    const git = (...gitArgs: string[]) => execFileSync("git", gitArgs, { cwd: ROOT, encoding: "utf8" }).trim();
    return {
      commit: git("rev-parse", "--short", "HEAD"),
      uncommittedSearchChanges: git("status", "--porcelain", "--", "lib/search", "lib/db", "prisma").length > 0,
      searchCodeHash,
    };
  } catch {
    return { commit: "unknown", uncommittedSearchChanges: false, searchCodeHash };
  }
}

function printResult(result: SearchBenchResult): void {
  console.log(`\n### ${result.target}, ${count(result.size)} quotes\n`);
  console.log(
    `Build ${duration(result.build.rebuildMs)} (engine ${duration(result.build.engineMs)}, generating ${duration(result.build.generateMs)}; ` +
      `${count(Math.round(result.build.documentsPerSecond))} docs/s), VACUUM ANALYZE ${duration(result.build.analyzeMs)}; ` +
      `database ${bytes(result.storage.databaseBytes)}, search_documents + indexes ${bytes(result.storage.documentsTotalBytes)}.\n`,
  );
  console.log(latencyTable(result));
}

/** The newest saved result of each target and size. */
function savedResults(): SearchBenchResult[] {
  if (!existsSync(RESULTS_DIR)) return [];
  const latest = new Map<string, SearchBenchResult>();
  for (const file of readdirSync(RESULTS_DIR).filter((name) => name.endsWith(".json"))) {
    const result = JSON.parse(readFileSync(path.join(RESULTS_DIR, file), "utf8")) as SearchBenchResult;
    if (result.benchmark !== "search") continue;
    const key = `${result.target} ${result.size}`;
    if (!latest.has(key) || latest.get(key)!.date < result.date) latest.set(key, result);
  }
  return [...latest.values()];
}

/** Runs this script again for one combination, killing it (and PGlite with it) on timeout. */
function runChild(target: TargetName, size: number, out: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const script = fileURLToPath(import.meta.url);
  const childArgs = [
    ...process.execArgv,
    script,
    "--child",
    "--targets", target,
    "--sizes", String(size),
    "--out", out,
    "--queries-per-kind", String(options.queriesPerKind),
    "--warmup-per-kind", String(options.warmupPerKind),
    "--batch-size", String(options.batchSize),
    "--seed", String(options.seed),
    "--embedded-storage", options.embeddedStorage,
  ];
  // The embedded data folder lives in a folder this process removes, whatever becomes of the child.
  const workDir = target === "embedded" && options.embeddedStorage === "disk" ? mkdtempSync(path.join(os.tmpdir(), "claimtrail-bench-")) : undefined;
  if (workDir) childArgs.push("--work-dir", workDir);
  return new Promise((resolve) => {
    // Its own process group, so that a timeout kills everything it started.
    const child = spawn(process.execPath, childArgs, { stdio: "inherit", detached: true });
    const kill = () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
    };
    const onSignal = () => {
      kill();
      process.exit(130);
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMinutes * 60_000);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (workDir) rmSync(workDir, { recursive: true, force: true });
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      if (timedOut) resolve({ ok: false, reason: `timed out after ${options.timeoutMinutes} min` });
      else if (code === 0) resolve({ ok: true });
      else resolve({ ok: false, reason: signal ? `killed by ${signal}` : `exited with code ${code}` });
    });
  });
}

if (args.report) {
  const results = savedResults();
  if (results.length === 0) console.log(`No results in ${RESULTS_DIR} yet.`);
  else console.log(fullReport(results));
} else if (args.child) {
  const [target] = options.targets;
  const [size] = options.sizes;
  const result = await runOne(target!, size!);
  writeFileSync(args.out!, `${JSON.stringify(result, null, 1)}\n`);
  printResult(result);
  process.exit(0);
} else {
  if (options.targets.includes("server")) {
    try {
      checkDisposable(options.serverUrl);
    } catch (error) {
      console.error((error as Error).message);
      process.exit(2);
    }
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  const results: SearchBenchResult[] = [];
  const failures: string[] = [];
  for (const size of options.sizes) {
    for (const target of options.targets) {
      const out = path.join(RESULTS_DIR, `${localStamp()}-${target}-${size}.json`);
      console.error(`\n▶ ${target}, ${count(size)} quotes (timeout ${options.timeoutMinutes} min)`);
      const outcome = await runChild(target, size, out);
      if (outcome.ok) {
        results.push(JSON.parse(readFileSync(out, "utf8")) as SearchBenchResult);
        console.error(`  saved ${path.relative(process.cwd(), out)}`);
      } else {
        failures.push(`${target} ${count(size)}: ${outcome.reason}`);
        console.error(`  ${target} ${count(size)} failed: ${outcome.reason}`);
      }
    }
  }
  if (results.length) console.log(`\n${fullReport(results)}`);
  if (failures.length) {
    console.log(`\nNot measured:\n${failures.map((failure) => `- ${failure}`).join("\n")}`);
    process.exitCode = 1;
  }
}
