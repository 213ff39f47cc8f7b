import { parseArgs } from "node:util";
import { createPrismaClient } from "../../lib/db/client";
import type { FilterField } from "../../lib/search/contract";
import { PostgresEngine } from "../../lib/search/postgres/engine";
import { DEFAULT_BENCH_DATABASE_URL } from "./targets";

// EXPLAIN ANALYZE of what the Postgres engine sends for one search, against the corpus the
// last benchmark run left in the server database:
//
//   npx tsx --conditions=react-server scripts/bench/explain.ts --q "scaling" [--filter status=DISPUTED] [--text]

const { values: args } = parseArgs({
  options: {
    q: { type: "string", default: "" },
    filter: { type: "string", multiple: true, default: [] },
    /** Plain-text plans rather than the summary of the slowest nodes. */
    text: { type: "boolean", default: false },
  },
});

const filters: Partial<Record<FilterField, string[]>> = {};
for (const entry of args.filter) {
  const [field, value] = entry.split("=") as [FilterField, string];
  (filters[field] ??= []).push(value);
}

const url = process.env.BENCH_DATABASE_URL || DEFAULT_BENCH_DATABASE_URL;
const db = createPrismaClient(url, 1);

// Record every statement the engine sends, with its parameters, while it runs normally.
const statements: { sql: string; params: unknown[] }[] = [];
function recording<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "$queryRawUnsafe" || property === "$executeRawUnsafe") {
        return (sql: string, ...params: unknown[]) => {
          statements.push({ sql, params });
          return value.call(target, sql, ...params);
        };
      }
      if (property === "$transaction") {
        // Interactive transactions hand the callback a client of their own: record it too.
        return (input: unknown, ...rest: unknown[]) =>
          typeof input === "function"
            ? value.call(target, (tx: object) => input(recording(tx)), ...rest)
            : value.call(target, input, ...rest);
      }
      return value.bind(target);
    },
  });
}

try {
  const engine = new PostgresEngine(recording(db));
  const began = performance.now();
  const result = await engine.search({ q: args.q, filters, sort: "relevance", page: 1, perPage: 20 });
  console.log(
    `search ${JSON.stringify(args.q)} ${JSON.stringify(filters)}: ${result.total} hits in ${(performance.now() - began).toFixed(1)} ms\n`,
  );
  for (const { sql, params } of statements) {
    if (/set_config|^\s*(SET|BEGIN|COMMIT)/i.test(sql)) continue;
    await db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, ...params);
        const plan = rows.map((row) => row["QUERY PLAN"]);
        if (args.text) {
          console.log(sql.trim().split("\n")[0]!.slice(0, 160));
          console.log(`${plan.join("\n")}\n`);
        } else {
          console.log(`${sql.trim().replace(/\s+/g, " ").slice(0, 120)}…`);
          console.log(
            plan
              .filter((line) => /actual time|Execution Time|Planning Time|Sort Method|Disk|temp/.test(line))
              .slice(0, 40)
              .join("\n"),
          );
          console.log();
        }
        // A slow search at a million documents outlasts Prisma's default 5 s transaction timeout.
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
  }
} finally {
  await db.$disconnect();
}
