import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Presets, SingleBar } from "cli-progress";
import { createPrismaClient } from "../../lib/db/client";
import type { SearchEngine, SearchQuery } from "../../lib/search/contract";
import { PostgresEngine } from "../../lib/search/postgres/engine";
import { Corpus } from "./corpus";
import { type MeiliTarget, openMeilisearch } from "./meilisearch";
import { buildQueries, type BenchQuery } from "./queries";
import { buildTextbook, textbookSearcher } from "./textbook";
import { type SearchBenchResult, type TargetName, type TimedQuery, count, latencyStats, summarise } from "./report";
import { type EmbeddedStorage, type PostgresTargetName, openTarget } from "./targets";

// One size on one Postgres target, and beside the server the Meilisearch engine: each built
// from the same corpus, then asked the same queries in one interleaved sequence, so that
// whatever else the machine is doing weighs on both alike.

const ROOT = path.resolve(import.meta.dirname, "../..");
const LANDING_RUNS = 3;

export interface MeasureOptions {
  queriesPerKind: number;
  warmupPerKind: number;
  batchSize: number;
  seed: number;
  embeddedStorage: EmbeddedStorage;
  serverUrl: string;
  workDir?: string;
  /** Measure Meilisearch beside the server target. */
  meilisearch: boolean;
}

function progressBar(format: string): SingleBar {
  return new SingleBar(
    { format, stream: process.stderr, noTTYOutput: true, notTTYSchedule: 20_000, etaBuffer: 20, hideCursor: true },
    Presets.shades_classic,
  );
}

/** engine.rebuild() of the whole corpus, timed, with a progress bar. */
async function timedRebuild(engine: SearchEngine, label: TargetName, size: number, options: MeasureOptions) {
  const corpus = new Corpus(options.seed);
  const bar = progressBar(
    `build ${label} ${count(size)} [{bar}] {percentage}% | {value}/{total} | {rate} docs/s | {duration_formatted} | eta {eta_formatted}`,
  );
  bar.start(size, 0, { rate: "–" });
  let generateMs = 0;
  const began = performance.now();
  await engine.rebuild(
    corpus.batches(size, options.batchSize, (time) => (generateMs += time)),
    size,
    ({ done }) => {
      bar.update(done, { rate: count(Math.round(done / ((performance.now() - began) / 1000))) });
    },
  );
  const rebuildMs = performance.now() - began;
  bar.stop();
  return {
    rebuildMs,
    generateMs,
    engineMs: rebuildMs - generateMs,
    documentsPerSecond: size / (rebuildMs / 1000),
    batchSize: options.batchSize,
  };
}

/** What the query sequence needs of an engine or of the textbook reference. */
type Searcher = { search(query: SearchQuery): Promise<{ total: number }> };

async function timedSearch(engine: Searcher, query: BenchQuery): Promise<TimedQuery> {
  const start = performance.now();
  const result = await engine.search({ q: query.q, filters: query.filters, sort: "relevance", page: 1, perPage: 20 });
  return { ...query, ms: performance.now() - start, total: result.total };
}

/**
 * Every query on every engine, the engines' order alternating from one query to the next so
 * that neither always runs first (warm caches) or second (the other's leftovers).
 */
async function interleavedQueries(engines: Searcher[], corpus: Corpus, size: number, options: MeasureOptions, label: string) {
  const warmup = buildQueries(corpus, size, options.warmupPerKind, "warmup");
  const measured = buildQueries(corpus, size, options.queriesPerKind, "measure");
  const landingQuery: BenchQuery = { kind: "faceted", q: "", filters: {} };
  const sequence: { query: BenchQuery; phase: "warmup" | "measured" | "landing" }[] = [
    ...warmup.map((query) => ({ query, phase: "warmup" as const })),
    ...measured.map((query) => ({ query, phase: "measured" as const })),
    ...Array.from({ length: LANDING_RUNS }, () => ({ query: landingQuery, phase: "landing" as const })),
  ];
  const timed = engines.map(() => ({ measured: [] as TimedQuery[], landing: [] as TimedQuery[] }));
  const bar = progressBar(`query ${label} ${count(size)} [{bar}] {value}/{total} | {duration_formatted}`);
  bar.start(sequence.length, 0);
  for (const [step, { query, phase }] of sequence.entries()) {
    const order = engines.map((_, at) => at);
    if (step % 2 === 1) order.reverse();
    for (const at of order) {
      const result = await timedSearch(engines[at]!, query);
      if (phase !== "warmup") timed[at]![phase].push(result);
    }
    bar.increment();
  }
  bar.stop();
  return { warmupQueries: warmup.length, timed };
}

/**
 * The commit measured, whether the search code or schema had uncommitted changes, and a hash
 * of the search code as this process loaded it (two runs with the same hash measured the same
 * engine, committed or not).
 */
function codeVersion(): SearchBenchResult["code"] {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(ts|sql)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) hash.update(file).update(readFileSync(file));
    }
  };
  for (const dir of ["lib/search", "prisma/migrations"]) walk(path.join(ROOT, dir));
  const searchCodeHash = hash.digest("hex").slice(0, 12);
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

const NO_POSTGRES_STORAGE: SearchBenchResult["storage"] = {
  databaseBytes: NaN,
  documentsTotalBytes: NaN,
  documentsHeapBytes: NaN,
  documentsToastBytes: NaN,
  documentsIndexesBytes: NaN,
  indexes: [],
  searchTermsTotalBytes: NaN,
  searchTerms: NaN,
  documents: NaN,
};

/** Builds and measures `targetName` (and Meilisearch beside the server); one result per engine. */
export async function measureSearch(targetName: PostgresTargetName, size: number, options: MeasureOptions): Promise<SearchBenchResult[]> {
  const loadAtStart = os.loadavg()[0]!;
  const code = codeVersion();
  const corpus = new Corpus(options.seed);
  const target = await openTarget(targetName, {
    serverUrl: options.serverUrl,
    embeddedStorage: options.embeddedStorage,
    workDir: options.workDir,
  });
  const db = createPrismaClient(target.url, target.poolMax);
  let meili: MeiliTarget | undefined;
  try {
    const postgres = new PostgresEngine(db);
    await postgres.prepare();
    const postgresBuild = await timedRebuild(postgres, targetName, size, options);

    // VACUUM as well as ANALYZE: it merges GIN pending lists and spares the measurements an
    // autovacuum of the freshly inserted table running alongside them.
    const analyzeBegan = performance.now();
    await db.$executeRawUnsafe("VACUUM (ANALYZE) search_documents");
    await db.$executeRawUnsafe("ANALYZE");
    const analyzeMs = performance.now() - analyzeBegan;

    const [storage] = await db.$queryRawUnsafe<
      {
        database: number;
        total: number;
        heap: number;
        toast: number;
        indexes: number;
        terms_total: number;
        terms: number;
        documents: number;
      }[]
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

    // The textbook query on the same rows, measured in the same sequence (textbook.ts).
    const textbook = await buildTextbook(db);

    if (targetName === "server" && options.meilisearch) {
      const opened = await openMeilisearch(options.workDir);
      if ("skipped" in opened) console.error(opened.skipped);
      else meili = opened;
    }
    let meiliBuild: Awaited<ReturnType<typeof timedRebuild>> | undefined;
    if (meili) {
      await meili.engine.prepare();
      meiliBuild = await timedRebuild(meili.engine, "meilisearch", size, options);
    }

    const engines: Searcher[] = [postgres, textbookSearcher(db), ...(meili ? [meili.engine] : [])];
    const { warmupQueries, timed } = await interleavedQueries(
      engines,
      corpus,
      size,
      options,
      meili ? `${targetName} + meilisearch` : targetName,
    );
    const footprint = meili ? await meili.footprint() : undefined;

    const cpus = os.cpus();
    const common = {
      benchmark: "search" as const,
      date: new Date().toISOString(),
      size,
      seed: options.seed,
      machine: {
        cpu: cpus[0]?.model ?? "unknown",
        cores: cpus.length,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        os: `${os.type()} ${os.release()}`,
      },
      load: { start: loadAtStart, end: os.loadavg()[0]! },
      code,
    };
    const latency = (at: number) => ({ warmupQueries, ...summarise(timed[at]!.measured), landing: latencyStats(timed[at]!.landing) });
    const results: SearchBenchResult[] = [
      {
        ...common,
        target: targetName,
        database: { version: target.version, storage: target.storage },
        build: { ...postgresBuild, analyzeMs },
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
        latency: latency(0),
        queries: timed[0]!.measured,
      },
      {
        ...common,
        target: `textbook-${targetName}`,
        database: { version: target.version, storage: target.storage },
        build: {
          rebuildMs: textbook.ms,
          generateMs: 0,
          engineMs: textbook.ms,
          analyzeMs: NaN,
          documentsPerSecond: size / (textbook.ms / 1000),
          batchSize: NaN,
        },
        storage: { ...NO_POSTGRES_STORAGE, documentsTotalBytes: textbook.bytes },
        latency: latency(1),
        queries: timed[1]!.measured,
      },
    ];
    if (meili && meiliBuild && footprint) {
      results.push({
        ...common,
        target: "meilisearch",
        database: { version: meili.version, storage: meili.storage },
        build: { ...meiliBuild, analyzeMs: NaN },
        storage: NO_POSTGRES_STORAGE,
        meilisearch: footprint,
        latency: latency(2),
        queries: timed[2]!.measured,
      });
    }
    return results;
  } finally {
    await meili?.close();
    await db.$disconnect();
    await target.close();
  }
}
