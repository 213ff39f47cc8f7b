import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_MEILI_BIN } from "./meilisearch";
import { type MeasureOptions, measureSearch } from "./measure";
import { type SearchBenchResult, type TargetName, bytes, count, duration, fullReport, latencyTable } from "./report";
import { DEFAULT_BENCH_DATABASE_URL, type PostgresTargetName, checkDisposable } from "./targets";

// Search benchmark: builds a synthetic corpus into the Postgres engine (embedded PGlite and a
// Postgres server) and, beside the server, into the Meilisearch engine, then times a fixed mix
// of queries. Every size × Postgres target combination runs in its own process, so one that is
// slow or dies cannot spoil the others, and a timeout can stop it even while PGlite holds the
// event loop.
//
//   npm run bench:search -- --sizes 10000,100000 --targets server,meilisearch
//   npm run bench:search -- --report          (tables from the saved results)

const HELP = `Usage: npm run bench:search -- [options]

  --sizes <list>             corpus sizes, e.g. 10000,100k,1m (default 10000,100000,1000000)
  --targets <list>           server, embedded, meilisearch (default all three); meilisearch is
                             measured in the server's run, its queries interleaved with the server's;
                             every Postgres run also times the textbook full-text query (textbook.ts)
  --timeout-minutes <n>      stop a size × target combination after this long (default 60)
  --queries-per-kind <n>     measured queries of each kind (default 50)
  --warmup-per-kind <n>      warm-up queries of each kind, not measured (default 5)
  --batch-size <n>           documents per rebuild batch (default 2000)
  --seed <n>                 corpus and query seed (default 1)
  --embedded-storage <mode>  disk (a temporary data folder, as the app runs) or memory (default disk)
  --report                   print the tables for the latest saved result of each target and size
  -h, --help

BENCH_DATABASE_URL names the server database (default ${DEFAULT_BENCH_DATABASE_URL});
it is wiped, so its name must contain "bench" or "test". Meilisearch: the server in MEILI_URL
(with MEILI_ADMIN_KEY) if set, else one the benchmark starts from MEILI_BIN (default
${DEFAULT_MEILI_BIN}); skipped with a message when there is neither. Results go to .data/bench/.`;

const ROOT = path.resolve(import.meta.dirname, "../..");
const RESULTS_DIR = path.join(ROOT, ".data/bench");
const TARGETS: TargetName[] = ["server", "embedded", "meilisearch"];
const POSTGRES_TARGETS: PostgresTargetName[] = ["server", "embedded"];

interface Options extends Omit<MeasureOptions, "workDir" | "meilisearch"> {
  sizes: number[];
  targets: TargetName[];
  timeoutMinutes: number;
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
    // Internal: run one combination and write its results to --out-<target>-<size>.json.
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
  sizes: args.sizes
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(parseSize),
  targets: args.targets
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((target) => {
      if (!TARGETS.includes(target as TargetName)) throw new Error(`Unknown target "${target}" (server, embedded or meilisearch)`);
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

function printResult(result: SearchBenchResult): void {
  console.log(`\n### ${result.target}, ${count(result.size)} quotes\n`);
  const built = `Build ${duration(result.build.rebuildMs)} (engine ${duration(result.build.engineMs)}, generating ${duration(result.build.generateMs)}; ${count(Math.round(result.build.documentsPerSecond))} docs/s)`;
  const footprint = result.meilisearch;
  console.log(
    footprint
      ? `${built}; process RSS ${bytes(footprint.rssBytes)} (peak ${bytes(footprint.peakRssBytes)}), db path ${bytes(footprint.diskBytes)}.\n`
      : `${built}, VACUUM ANALYZE ${duration(result.build.analyzeMs)}; database ${bytes(result.storage.databaseBytes)}, search_documents + indexes ${bytes(result.storage.documentsTotalBytes)}.\n`,
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

/** The engines measured in one Postgres target's run, the textbook reference always among them. */
const enginesOf = (target: PostgresTargetName): TargetName[] => [
  target,
  `textbook-${target}`,
  ...(target === "server" && options.targets.includes("meilisearch") ? ["meilisearch" as const] : []),
];

/** A result's file: `<out>-<target>-<size>.json`. */
const resultFile = (out: string, target: TargetName, size: number) => `${out}-${target}-${size}.json`;

/**
 * Runs this script again for one combination, killing it (and PGlite or Meilisearch with it) on
 * timeout.
 */
function runChild(target: PostgresTargetName, size: number, out: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const script = fileURLToPath(import.meta.url);
  const childArgs = [
    ...process.execArgv,
    script,
    "--child",
    "--targets",
    enginesOf(target)
      .filter((engine) => TARGETS.includes(engine))
      .join(","),
    "--sizes",
    String(size),
    "--out",
    out,
    "--queries-per-kind",
    String(options.queriesPerKind),
    "--warmup-per-kind",
    String(options.warmupPerKind),
    "--batch-size",
    String(options.batchSize),
    "--seed",
    String(options.seed),
    "--embedded-storage",
    options.embeddedStorage,
  ];
  // The embedded data folder and Meilisearch's db path live in a folder this process removes,
  // whatever becomes of the child.
  const workDir =
    (target === "embedded" && options.embeddedStorage === "disk") || enginesOf(target).includes("meilisearch")
      ? mkdtempSync(path.join(os.tmpdir(), "claimtrail-bench-"))
      : undefined;
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
  const target = POSTGRES_TARGETS.find((name) => options.targets.includes(name))!;
  const [size] = options.sizes;
  const measured = await measureSearch(target, size!, {
    ...options,
    workDir: args["work-dir"],
    meilisearch: options.targets.includes("meilisearch"),
  });
  for (const result of measured) {
    writeFileSync(resultFile(args.out!, result.target, size!), `${JSON.stringify(result, null, 1)}\n`);
    printResult(result);
  }
  process.exit(0);
} else {
  if (options.targets.includes("meilisearch") && !options.targets.includes("server")) {
    console.error("Meilisearch is measured beside the Postgres server, in the same run: add server to --targets.");
    process.exit(2);
  }
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
    for (const target of POSTGRES_TARGETS.filter((name) => options.targets.includes(name))) {
      const out = path.join(RESULTS_DIR, localStamp());
      const label = enginesOf(target).join(" + ");
      console.error(`\n▶ ${label}, ${count(size)} quotes (timeout ${options.timeoutMinutes} min)`);
      const outcome = await runChild(target, size, out);
      if (outcome.ok) {
        // Meilisearch has no file when it was skipped (the child said why).
        for (const file of enginesOf(target)
          .map((engine) => resultFile(out, engine, size))
          .filter((file) => existsSync(file))) {
          results.push(JSON.parse(readFileSync(file, "utf8")) as SearchBenchResult);
          console.error(`  saved ${path.relative(process.cwd(), file)}`);
        }
      } else {
        failures.push(`${label} ${count(size)}: ${outcome.reason}`);
        console.error(`  ${label} ${count(size)} failed: ${outcome.reason}`);
      }
    }
  }
  if (results.length) console.log(`\n${fullReport(results)}`);
  if (failures.length) {
    console.log(`\nNot measured:\n${failures.map((failure) => `- ${failure}`).join("\n")}`);
    process.exitCode = 1;
  }
}
