import type { MeiliFootprint } from "./meilisearch";
import { QUERY_KINDS, QUERY_KIND_LABELS, type BenchQuery, type QueryKind } from "./queries";

export type TargetName = "server" | "embedded" | "meilisearch" | "textbook-server" | "textbook-embedded";

export interface LatencyStats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Median of the queries' total hit counts. */
  medianHits: number;
}

export interface TimedQuery extends BenchQuery {
  ms: number;
  total: number;
}

export interface SearchBenchResult {
  benchmark: "search";
  date: string;
  target: TargetName;
  size: number;
  seed: number;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; os: string };
  /** 1-minute load average when the run started and ended: other work on the machine skews figures. */
  load: { start: number; end: number };
  database: { version: string; storage: string };
  /** The code measured: the engine may have uncommitted changes. */
  code: { commit: string; uncommittedSearchChanges: boolean; searchCodeHash: string };
  build: {
    /** engine.rebuild() wall time, document generation included. */
    rebuildMs: number;
    /** Time spent generating the synthetic documents inside rebuild. */
    generateMs: number;
    /** rebuildMs − generateMs: what the engine itself took. */
    engineMs: number;
    /** VACUUM (ANALYZE) after the build; NaN for Meilisearch. */
    analyzeMs: number;
    documentsPerSecond: number;
    batchSize: number;
  };
  /** The Postgres engine's tables; NaN for Meilisearch. */
  storage: {
    databaseBytes: number;
    /** search_documents: heap + TOAST + indexes. */
    documentsTotalBytes: number;
    documentsHeapBytes: number;
    documentsToastBytes: number;
    documentsIndexesBytes: number;
    indexes: { name: string; bytes: number }[];
    searchTermsTotalBytes: number;
    searchTerms: number;
    documents: number;
  };
  /** Meilisearch only: its process's memory and its data folder. */
  meilisearch?: MeiliFootprint;
  latency: {
    warmupQueries: number;
    perKind: Record<QueryKind, LatencyStats>;
    overall: LatencyStats;
    /** The home page's search: no words, no filters, facets over the whole corpus. Not in `overall`. */
    landing: LatencyStats;
  };
  queries: TimedQuery[];
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function latencyStats(queries: TimedQuery[]): LatencyStats {
  const times = queries.map((query) => query.ms).sort((a, b) => a - b);
  const hits = queries.map((query) => query.total).sort((a, b) => a - b);
  return {
    n: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    mean: times.reduce((sum, time) => sum + time, 0) / Math.max(1, times.length),
    max: times.at(-1) ?? NaN,
    medianHits: percentile(hits, 50),
  };
}

export function summarise(queries: TimedQuery[]): { perKind: Record<QueryKind, LatencyStats>; overall: LatencyStats } {
  const perKind = Object.fromEntries(
    QUERY_KINDS.map((kind) => [kind, latencyStats(queries.filter((query) => query.kind === kind))]),
  ) as Record<QueryKind, LatencyStats>;
  return { perKind, overall: latencyStats(queries) };
}

// A figure an engine does not have is NaN, and null once saved as JSON: both print as "–".
const missing = (value: number | null) => value === null || Number.isNaN(value);

const ms = (value: number) => (missing(value) ? "–" : value >= 100 ? value.toFixed(0) : value.toFixed(1));
export const count = (value: number) => (missing(value) ? "–" : value.toLocaleString("en-US"));
export const bytes = (value: number) => {
  if (missing(value)) return "–";
  const units = ["B", "kB", "MB", "GB", "TB"];
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 || unit === 0 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]!.replace("kB", "KiB").replace("MB", "MiB").replace("GB", "GiB").replace("TB", "TiB")}`;
};
export const duration = (milliseconds: number) => {
  if (missing(milliseconds)) return "–";
  const seconds = milliseconds / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(Math.round(seconds - minutes * 60)).padStart(2, "0")} s`;
};

const table = (head: string[], rows: string[][], align: ("l" | "r")[]) =>
  [
    `| ${head.join(" | ")} |`,
    `|${align.map((side) => (side === "r" ? "---:" : ":---")).join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");

/** One run: latency per query kind. */
export function latencyTable(result: SearchBenchResult): string {
  const row = (label: string, stats: LatencyStats) => [
    label,
    String(stats.n),
    ms(stats.p50),
    ms(stats.p95),
    ms(stats.p99),
    ms(stats.max),
    count(stats.medianHits),
  ];
  return table(
    ["query kind", "n", "p50 ms", "p95 ms", "p99 ms", "max ms", "median hits"],
    [
      ...QUERY_KINDS.map((kind) => row(QUERY_KIND_LABELS[kind], result.latency.perKind[kind])),
      row("**overall**", result.latency.overall),
      ...(result.latency.landing ? [row("home page: no query, no filter (not in overall)", result.latency.landing)] : []),
    ],
    ["l", "r", "r", "r", "r", "r", "r"],
  );
}

const label = (result: SearchBenchResult) => `${result.target} ${count(result.size)}`;

/** Several runs: build, storage and overall latency side by side. */
function summaryTable(results: SearchBenchResult[]): string {
  return table(
    [
      "target",
      "quotes",
      "build",
      "of which engine",
      "docs/s",
      "vacuum analyze",
      "database",
      "search_documents + indexes (Meilisearch: db path)",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "home page (no query) ms",
    ],
    results.map((result) => [
      result.target,
      count(result.size),
      duration(result.build.rebuildMs),
      duration(result.build.engineMs),
      count(Math.round(result.build.documentsPerSecond)),
      duration(result.build.analyzeMs),
      bytes(result.storage.databaseBytes),
      bytes(result.meilisearch?.diskBytes ?? result.storage.documentsTotalBytes),
      ms(result.latency.overall.p50),
      ms(result.latency.overall.p95),
      ms(result.latency.overall.p99),
      result.latency.landing ? ms(result.latency.landing.p50) : "–",
    ]),
    ["l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
  );
}

/** Several runs: one percentile per query kind, a column per run. */
function kindMatrix(results: SearchBenchResult[], key: "p50" | "p95" | "p99"): string {
  return table(
    [`${key} ms`, ...results.map(label)],
    [
      ...QUERY_KINDS.map((kind) => [QUERY_KIND_LABELS[kind], ...results.map((result) => ms(result.latency.perKind[kind][key]))]),
      ["**overall**", ...results.map((result) => ms(result.latency.overall[key]))],
    ],
    ["l", ...results.map(() => "r" as const)],
  );
}

function storageTable(results: SearchBenchResult[]): string {
  const indexNames = [...new Set(results.flatMap((result) => result.storage.indexes.map((index) => index.name)))];
  return table(
    ["", ...results.map(label)],
    [
      ["database", ...results.map((result) => bytes(result.storage.databaseBytes))],
      ["search_documents heap", ...results.map((result) => bytes(result.storage.documentsHeapBytes))],
      ["search_documents TOAST", ...results.map((result) => bytes(result.storage.documentsToastBytes))],
      ...indexNames.map((name) => [
        name,
        ...results.map((result) => bytes(result.storage.indexes.find((index) => index.name === name)?.bytes ?? NaN)),
      ]),
      ["search_terms", ...results.map((result) => bytes(result.storage.searchTermsTotalBytes))],
      ["distinct typo-able terms", ...results.map((result) => count(result.storage.searchTerms))],
      ["Meilisearch db path (du)", ...results.map((result) => bytes(result.meilisearch?.diskBytes ?? NaN))],
      [
        "Meilisearch database in use (usedDatabaseSize)",
        ...results.map((result) => bytes(result.meilisearch?.usedDatabaseSizeBytes ?? NaN)),
      ],
      ["Meilisearch process RSS after the queries", ...results.map((result) => bytes(result.meilisearch?.rssBytes ?? NaN))],
      ["of which its own heap (RssAnon)", ...results.map((result) => bytes(result.meilisearch?.rssAnonBytes ?? NaN))],
      ["Meilisearch process peak RSS", ...results.map((result) => bytes(result.meilisearch?.peakRssBytes ?? NaN))],
    ],
    ["l", ...results.map(() => "r" as const)],
  );
}

const ratio = (value: number, base: number) =>
  !missing(value) && !missing(base) && base > 0 ? `${(value / base).toFixed(value / base >= 10 ? 0 : 2)}×` : "–";

/** Each Meilisearch run with the Postgres server run of the same size (the same process). */
function comparedPairs(results: SearchBenchResult[]) {
  return results
    .filter((result) => result.target === "meilisearch")
    .flatMap((meili) => {
      const server = results.find((result) => result.target === "server" && result.size === meili.size);
      return server ? [{ meili, server }] : [];
    })
    .sort((a, b) => a.meili.size - b.meili.size);
}

const postgresDisk = (server: SearchBenchResult) => server.storage.documentsTotalBytes + server.storage.searchTermsTotalBytes;

/**
 * Meilisearch beside the Postgres server, one table per size: each percentile of each query
 * kind on both, and the ratio Meilisearch / Postgres (below 1: Meilisearch is faster).
 */
function comparisonTables(results: SearchBenchResult[]): string {
  const pairs = comparedPairs(results);
  if (pairs.length === 0) return "No Meilisearch run beside a server run.";
  const keys = ["p50", "p95", "p99"] as const;
  return pairs
    .map(({ meili, server }) => {
      const row = (label: string, of: (result: SearchBenchResult) => LatencyStats) => [
        label,
        ...keys.flatMap((key) => [ms(of(server)[key]), ms(of(meili)[key]), ratio(of(meili)[key], of(server)[key])]),
      ];
      const footprint = meili.meilisearch;
      const latency = table(
        ["ms", ...keys.flatMap((key) => [`Postgres ${key}`, `Meilisearch ${key}`, "ratio"])],
        [
          ...QUERY_KINDS.map((kind) => row(QUERY_KIND_LABELS[kind], (result) => result.latency.perKind[kind])),
          row("**overall**", (result) => result.latency.overall),
          row("home page (no query, not in overall)", (result) => result.latency.landing),
        ],
        ["l", ...keys.flatMap(() => ["r", "r", "r"] as const)],
      );
      const cost = table(
        ["", "Postgres server", "Meilisearch", "ratio"],
        [
          [
            "build: engine.rebuild()",
            duration(server.build.rebuildMs),
            duration(meili.build.rebuildMs),
            ratio(meili.build.rebuildMs, server.build.rebuildMs),
          ],
          [
            "disk: search_documents + search_terms / db path (du)",
            bytes(postgresDisk(server)),
            bytes(footprint?.diskBytes ?? NaN),
            ratio(footprint?.diskBytes ?? NaN, postgresDisk(server)),
          ],
          [
            "disk: Meilisearch database files, of which in use (GET /stats)",
            "",
            `${bytes(footprint?.databaseSizeBytes ?? NaN)}, ${bytes(footprint?.usedDatabaseSizeBytes ?? NaN)}`,
            ratio(footprint?.usedDatabaseSizeBytes ?? NaN, postgresDisk(server)),
          ],
          [
            "memory: Meilisearch process RSS after the queries (of which its own heap; peak)",
            "(shared server)",
            `${bytes(footprint?.rssBytes ?? NaN)} (${bytes(footprint?.rssAnonBytes ?? NaN)}; ${bytes(footprint?.peakRssBytes ?? NaN)})`,
            "",
          ],
        ],
        ["l", "r", "r", "r"],
      );
      return [`### ${count(meili.size)} quotes`, latency, cost].join("\n\n");
    })
    .join("\n\n");
}

/**
 * The engine beside the textbook query on the same database, in the same run: each percentile
 * of each kind, and the ratio engine / textbook (below 1: the engine is faster).
 */
function textbookTables(results: SearchBenchResult[]): string {
  const pairs = results.flatMap((reference) => {
    if (!reference.target.startsWith("textbook-")) return [];
    const engine = results.find(
      (result) =>
        result.target === reference.target.replace("textbook-", "") && result.size === reference.size && result.date === reference.date,
    );
    return engine ? [{ engine, reference }] : [];
  });
  if (pairs.length === 0) return "No textbook reference beside an engine run.";
  const keys = ["p50", "p95", "p99"] as const;
  return pairs
    .map(({ engine, reference }) => {
      const row = (label: string, of: (result: SearchBenchResult) => LatencyStats) => [
        label,
        ...keys.flatMap((key) => [ms(of(engine)[key]), ms(of(reference)[key]), ratio(of(engine)[key], of(reference)[key])]),
      ];
      return [
        `### ${engine.target}, ${count(engine.size)} quotes`,
        table(
          ["ms", ...keys.flatMap((key) => [`engine ${key}`, `textbook ${key}`, "ratio"])],
          [
            ...QUERY_KINDS.map((kind) => row(QUERY_KIND_LABELS[kind], (result) => result.latency.perKind[kind])),
            row("**overall**", (result) => result.latency.overall),
            row("home page (no query, not in overall)", (result) => result.latency.landing),
          ],
          ["l", ...keys.flatMap(() => ["r", "r", "r"] as const)],
        ),
      ].join("\n\n");
    })
    .join("\n\n");
}

export function fullReport(results: SearchBenchResult[]): string {
  const sorted = [...results].sort((a, b) => a.size - b.size || a.target.localeCompare(b.target));
  return [
    "## Summary",
    summaryTable(sorted),
    "## p50 by query kind",
    kindMatrix(sorted, "p50"),
    "## p95 by query kind",
    kindMatrix(sorted, "p95"),
    "## p99 by query kind",
    kindMatrix(sorted, "p99"),
    "## Storage",
    storageTable(sorted),
    "## Meilisearch beside the Postgres server (ratio: Meilisearch / Postgres)",
    comparisonTables(sorted),
    "## The engine beside the textbook Postgres query (ratio: engine / textbook)",
    textbookTables(sorted),
  ].join("\n\n");
}
