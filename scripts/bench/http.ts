import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUserWithPassword } from "../../lib/auth/users";
import { createPrismaClient } from "../../lib/db/client";
import { prepareDatabase } from "../prepare-database";
import { Corpus } from "./corpus";
import { cpuMsByPid, cpuMsSince, treeCpuMs } from "./process-cpu";
import { buildQueries } from "./queries";
import { percentile } from "./report";

// `npm run bench:http`: the production build under load over HTTP with autocannon: 20
// connections at once, each typing reader queries into /api/search a keystroke per request,
// and one request in ten an editor's write (POST /api/quotes with a real API token). On the
// Postgres server (BENCH_DATABASE_URL, wiped and loaded with the demo corpus) and, for
// information, on the embedded database. The same load without writes gives the ceiling:
// every answer stored, the cheapest a search can be. Then, one request at a time, where a search's time
// goes: the engine's own time (the JSON's tookMs) against the whole request, the floor of any
// request through Next.js and proxy.ts (robots.txt), and the read limiter's cost (the same
// load with CLAIMTRAIL_READ_LIMIT_PER_MINUTE=0), and the CPU each kind of request costs.
//
// At scale (BENCH_HTTP_CORPUS=<size>, the server target only): the database is the one
// `npm run bench:search` left with that many synthetic quotes (not wiped; the demo corpus is
// added beside it), the searches are that benchmark's query mix for the same seed and size,
// and the load runs at 1 and at BENCH_HTTP_CONNECTIONS clients.

const root = path.resolve(import.meta.dirname, "../..");
const port = Number(process.env.BENCH_HTTP_PORT ?? 3510);
const base = `http://127.0.0.1:${port}`;
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 20);
const WRITE_SHARE = 0.1;
const BENCH_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://claimtrail:claimtrail@127.0.0.1:5432/claimtrail_bench_test";

/** What readers type, a request per keystroke: every prefix of each query in turn. */
const READER_QUERIES = [
  "china race",
  "qwen",
  "jensen huang",
  "deepseek open source",
  "通義千問",
  "cheksy",
  "nvidia chips",
  "murati",
  "open weights",
  "alibaba model",
];
const KEYSTROKES = READER_QUERIES.flatMap((query) =>
  Array.from(query, (_, index) => query.slice(0, index + 1)).filter((prefix) => prefix.trim() === prefix),
);
const SCALE = process.env.BENCH_HTTP_CORPUS ? Number(process.env.BENCH_HTTP_CORPUS.replace(/k$/i, "000").replace(/m$/i, "000000")) : null;

/** The search paths the load cycles through: the keystrokes on the demo corpus, the query mix at scale. */
const SEARCHES: string[] = SCALE
  ? buildQueries(new Corpus(1), SCALE, 400, "http").map(({ q, filters }) => {
      const params = new URLSearchParams({ q });
      for (const [field, values] of Object.entries(filters)) for (const value of values ?? []) params.append(field, value);
      return `/api/search?${params}`;
    })
  : KEYSTROKES.map((q) => `/api/search?q=${encodeURIComponent(q)}`);

type Target = "server" | "embedded";

interface Prepared {
  env: NodeJS.ProcessEnv;
  token: string;
}

/** Wipes the target's database, migrates and loads the demo corpus, and gives an editor an API token. */
async function prepare(target: Target): Promise<Prepared> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (target === "server") {
    if (!/bench|test/.test(new URL(BENCH_URL).pathname))
      throw new Error("BENCH_DATABASE_URL must name a database containing 'bench' or 'test'");
    const client = new pg.Client({ connectionString: BENCH_URL });
    await client.connect();
    if (!SCALE) await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    await client.end();
    env.DATABASE_URL = BENCH_URL;
  } else {
    delete env.DATABASE_URL;
    env.CLAIMTRAIL_DATA_DIR = path.join(root, ".data", `bench-http-${port}`);
    rmSync(env.CLAIMTRAIL_DATA_DIR, { recursive: true, force: true });
  }
  const saved = { ...process.env };
  Object.assign(process.env, env);
  if (target === "embedded") delete process.env.DATABASE_URL;
  const connection = await prepareDatabase(() => {});
  process.env = saved;
  const db = createPrismaClient(connection.url, connection.poolMax);
  try {
    const editor = await db.$transaction((tx) =>
      createUserWithPassword(tx, {
        email: "bench-editor@claimtrail.test",
        displayName: "Bench editor",
        role: "EDITOR",
        password: randomBytes(18).toString("base64url"),
      }),
    );
    const { token } = await createApiToken(db, { userId: editor.id, role: "ADMIN" }, { userId: editor.id, name: "bench:http" });
    return { env, token };
  } finally {
    await db.$disconnect();
    await connection.close();
  }
}

async function startApp(env: NodeJS.ProcessEnv, readLimit: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...process.execArgv, path.join(root, "scripts", "start.ts")], {
    cwd: root,
    // The limiter counts every read, but 20 clients on one address must not be refused.
    env: { ...env, PORT: String(port), CLAIMTRAIL_READ_LIMIT_PER_MINUTE: readLimit },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 900_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`${base}/api/health`)
        .then((response) => response.ok)
        .catch(() => false)
    )
      return child;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  child.kill("SIGTERM");
  throw new Error("the app did not start within 15 minutes");
}

async function stopApp(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

function writeBody(n: number): string {
  // Words of their own, so the duplicate check runs and finds nothing close.
  const words = `Bench ${n}: ${randomBytes(24).toString("base64url").match(/.{6}/g)!.join(" ")}`;
  return JSON.stringify({
    speaker: { slug: "jensen-huang" },
    quote: { text: words, lang: "en" },
    claim: { create: { statements: [{ lang: "en", text: words }], claimedAt: "2026-01-15" } },
    citations: [
      {
        source: {
          url: `https://bench.example.org/${n}-${randomBytes(4).toString("hex")}`,
          create: { type: "ARTICLE", title: `Bench ${n}`, lang: "en", issued: "2026-01-15" },
        },
        role: "PRIMARY",
        exact: words,
      },
    ],
  });
}

interface LoadResult {
  connections: number;
  reads: number[];
  writes: number[];
  errors: number;
  failures: Record<string, number>;
  requestsPerSecond: number;
  /** CPU milliseconds per request: the app's processes, the Postgres server's backends of the app's database, autocannon. */
  cpuPerRequest: { app: number; postgres: number; loader: number };
}

/** The Postgres server's backends serving the bench database (none for the embedded one, which runs inside the app). */
async function postgresBackends(target: Target): Promise<number[]> {
  if (target !== "server") return [];
  const client = new pg.Client({ connectionString: BENCH_URL });
  await client.connect();
  const { rows } = await client.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
  );
  await client.end();
  return rows.map((row) => row.pid);
}

/** CONNECTIONS clients for SECONDS: each types the queries in turn, one request in ten a write (or `writeShare`). */
async function load(
  target: Target,
  app: ChildProcess,
  token: string,
  connections = CONNECTIONS,
  writeShare = WRITE_SHARE,
): Promise<LoadResult> {
  const reads: number[] = [];
  const writes: number[] = [];
  const failures: Record<string, number> = {};
  let keystroke = 0;
  let written = 0;
  const options: autocannon.Options = {
    url: base,
    connections,
    duration: SECONDS,
    requests: [
      {
        setupRequest: (request) => {
          if (Math.random() < writeShare) {
            return {
              ...request,
              method: "POST",
              path: "/api/quotes",
              body: writeBody(written++),
              headers: { ...request.headers, "content-type": "application/json", authorization: `Bearer ${token}` },
            };
          }
          const search = SEARCHES[keystroke++ % SEARCHES.length]!;
          return { ...request, method: "GET", path: search, body: undefined, headers: { accept: "application/json" } };
        },
      },
    ],
  };
  const backends = await postgresBackends(target);
  const before = { app: treeCpuMs(app.pid!), postgres: cpuMsByPid(backends), loader: process.cpuUsage() };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status === 200) reads.push(ms);
      else if (status === 201) writes.push(ms);
      else failures[status] = (failures[status] ?? 0) + 1;
    });
  });
  // Backends opened during the run count from zero; one closed during it is missed (under load the pool keeps them open).
  const postgresMs = cpuMsSince(before.postgres, cpuMsByPid(await postgresBackends(target)));
  const loader = process.cpuUsage(before.loader);
  const requests = reads.length + writes.length + Object.values(failures).reduce((total, count) => total + count, 0);
  const cpuPerRequest = {
    app: (treeCpuMs(app.pid!) - before.app) / requests,
    postgres: postgresMs / requests,
    loader: (loader.user + loader.system) / 1000 / requests,
  };
  return {
    connections,
    reads,
    writes,
    errors: result.errors + result.timeouts,
    failures,
    requestsPerSecond: result.requests.average,
    cpuPerRequest,
  };
}

/** One request at a time: the whole request against the engine's tookMs, and the floor of any request. */
async function profile(): Promise<{ request: number[]; engine: number[]; floor: number[] }> {
  const request: number[] = [];
  const engine: number[] = [];
  const floor: number[] = [];
  for (const search of SEARCHES.slice(0, 120)) {
    const started = performance.now();
    const body = (await (await fetch(`${base}${search}`)).json()) as { tookMs: number };
    request.push(performance.now() - started);
    engine.push(body.tookMs);
    const floorStarted = performance.now();
    await (await fetch(`${base}/robots.txt`)).text();
    floor.push(performance.now() - floorStarted);
  }
  return { request, engine, floor };
}

type Kind = "search, a new answer" | "search, a stored answer" | "write" | "floor (GET /robots.txt)";

/**
 * One request at a time, the CPU each kind costs (app and Postgres): searches just after an
 * applied write (no stored answer is current) and the same again (all stored), writes, the floor.
 */
async function cpuByKind(target: Target, app: ChildProcess, token: string): Promise<Record<Kind, { app: number; postgres: number }>> {
  const measure = async (requests: (() => Promise<unknown>)[]) => {
    const backends = await postgresBackends(target);
    const before = { app: treeCpuMs(app.pid!), postgres: cpuMsByPid(backends) };
    for (const request of requests) await request();
    const postgres = cpuMsSince(before.postgres, cpuMsByPid(await postgresBackends(target)));
    return { app: (treeCpuMs(app.pid!) - before.app) / requests.length, postgres: postgres / requests.length };
  };
  const write = (n: number) => () =>
    fetch(`${base}/api/quotes`, {
      method: "POST",
      body: writeBody(1_000_000 + n),
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    }).then((response) => response.text());
  const searches = [...new Set(SEARCHES)]
    .slice(0, 200)
    .map((search) => () => fetch(`${base}${search}`).then((response) => response.text()));
  const writes = await measure(Array.from({ length: 20 }, (_, n) => write(n)));
  // The worker applies the last write within its interval; after that no stored answer is current.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const fresh = await measure(searches);
  const stored = await measure(searches);
  const floor = await measure(SEARCHES.slice(0, 200).map(() => () => fetch(`${base}/robots.txt`).then((response) => response.text())));
  return { "search, a new answer": fresh, "search, a stored answer": stored, write: writes, "floor (GET /robots.txt)": floor };
}

function row(label: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `| ${label} | ${values.length} | ${[50, 95, 97.5, 99].map((p) => (sorted.length ? percentile(sorted, p) : 0).toFixed(1)).join(" | ")} |`;
}

function report(title: string, result: LoadResult) {
  const all = [...result.reads, ...result.writes];
  const failed =
    Object.entries(result.failures)
      .map(([status, count]) => `${count} × ${status}`)
      .join(", ") || "none";
  console.log(
    `\n${title}: ${result.connections} connections, ${SECONDS} s, ${Math.round(result.requestsPerSecond)} requests/s; errors ${result.errors}, non-2xx ${failed}\n`,
  );
  console.log("| requests | count | p50 ms | p95 ms | p97.5 ms | p99 ms |");
  console.log("|:---|---:|---:|---:|---:|---:|");
  console.log(row("all", all));
  console.log(row("search (GET /api/search)", result.reads));
  console.log(row("write (POST /api/quotes)", result.writes));
  const cpu = result.cpuPerRequest;
  const database = cpu.postgres ? `, Postgres server ${cpu.postgres.toFixed(1)} ms` : " (the embedded database included)";
  console.log(`\nCPU per request: app ${cpu.app.toFixed(1)} ms${database}, autocannon ${cpu.loader.toFixed(1)} ms`);
}

const targetArg = process.argv.indexOf("--targets");
const requested = targetArg > -1 ? process.argv[targetArg + 1]!.split(",") : ["server", "embedded"];
const targets = (["server", "embedded"] as const).filter((target) => requested.includes(target) && (!SCALE || target === "server"));
console.log(
  SCALE
    ? `\nbench:http — ${SEARCHES.length} searches of bench:search's query mix on its ${SCALE.toLocaleString("en-US")} quotes, ${WRITE_SHARE * 100}% writes`
    : `\nbench:http — ${KEYSTROKES.length} keystroke queries typed from ${READER_QUERIES.length} reader queries, ${WRITE_SHARE * 100}% writes, demo corpus`,
);
for (const target of targets) {
  const { env, token } = await prepare(target);
  let app = await startApp(env, "1000000");
  try {
    await load(target, app, token); // warm-up: first compilations, caches, the pool
    if (SCALE) report(`${target}, one client`, await load(target, app, token, 1));
    report(`${target}, read limit on`, await load(target, app, token));
    const { request, engine, floor } = await profile();
    console.log(`\n${target}, one request at a time (${request.length} searches):\n`);
    console.log("| part | count | p50 ms | p95 ms | p97.5 ms | p99 ms |");
    console.log("|:---|---:|---:|---:|---:|---:|");
    console.log(row("whole search request", request));
    console.log(row("engine (tookMs: SQL and ranking)", engine));
    console.log(row("floor: GET /robots.txt (Next.js, proxy.ts, read limit)", floor));
    console.log(`\n${target}, CPU per request by kind, one at a time:\n`);
    console.log("| kind | app ms | Postgres ms |");
    console.log("|:---|---:|---:|");
    for (const [kind, cpu] of Object.entries(await cpuByKind(target, app, token)))
      console.log(`| ${kind} | ${cpu.app.toFixed(1)} | ${target === "server" ? cpu.postgres.toFixed(1) : "(in the app)"} |`);
    if (SCALE) continue;
    // The ceiling of this machine and server: no writes, so after the first round every answer is stored.
    report(`${target}, read limit on, searches only (answers stored)`, await load(target, app, token, CONNECTIONS, 0));
    await stopApp(app);
    app = await startApp(env, "0");
    report(`${target}, read limit off`, await load(target, app, token));
  } finally {
    await stopApp(app);
  }
}
