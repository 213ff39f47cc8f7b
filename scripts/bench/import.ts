import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createUserWithPassword } from "../../lib/auth/users";
import { createPrismaClient } from "../../lib/db/client";
import type { TCreateSourcedQuote } from "../../lib/quotes/quote-schemas";
import { Corpus } from "./corpus";
import { DEFAULT_BENCH_DATABASE_URL, openTarget } from "./targets";

// `npm run bench:import`: the importer and the reindex on a Postgres server, at a size given
// by --rows. The rows are the synthetic search corpus turned back into POST /api/quotes
// bodies (its speakers, sources, dates and words), written to a JSON file, imported with the
// real `npm run import` into a fresh database, and then indexed with the real `npm run
// reindex`: both commands' own rate lines are printed, and the wall time of each.
//
//   BENCH_DATABASE_URL=postgresql://…/claimtrail_bench_import npm run bench:import -- --rows 10000

const ROOT = path.resolve(import.meta.dirname, "../..");
const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    "batch-size": { type: "string", default: "50" },
  },
});
const rows = Number(args.rows);
const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL;

/** Document `index` of the search corpus as an import row: a new claim with one quote and its citations. */
function importRow(corpus: Corpus, index: number): TCreateSourcedQuote {
  const document = corpus.document(index);
  const speaker = corpus.pools.speakers.find((candidate) => candidate.slug === document.speaker.slug)!;
  return {
    speaker: { create: { slug: speaker.slug, kind: "PERSON", name: speaker.name } },
    quote: {
      text: document.text,
      lang: document.lang,
      translations: document.translations.map((translation) => ({ ...translation, translator: "Claimtrail" })),
    },
    claim: { create: { statements: document.statements, ...(document.claimedAt ? { claimedAt: document.claimedAt } : {}) } },
    citations: document.sources.map((source, position) => ({
      source: {
        url: `https://bench.example.org/source/${source.id}`,
        create: { type: source.type as "ARTICLE", title: source.title, lang: "en" },
      },
      role: position === 0 ? ("PRIMARY" as const) : ("RELAY" as const),
      exact: document.text.slice(0, 40),
    })),
  };
}

function run(command: string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; output: string }> {
  const began = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, ...command], { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve({ seconds: (performance.now() - began) / 1000, output })
        : reject(new Error(`${command[0]} exited with ${code}`)),
    );
  });
}

const workDir = mkdtempSync(path.join(os.tmpdir(), "claimtrail-bench-import-"));
const target = await openTarget("server", { serverUrl: url, embeddedStorage: "disk" });
try {
  const corpus = new Corpus(Number(args.seed));
  const file = path.join(workDir, `bench-${rows}.json`);
  writeFileSync(file, JSON.stringify(Array.from({ length: rows }, (_, index) => importRow(corpus, index))));
  const db = createPrismaClient(url, 2);
  const email = "bench-importer@claimtrail.test";
  await db.$transaction((tx) =>
    createUserWithPassword(tx, { email, displayName: "Bench importer", role: "EDITOR", password: randomBytes(18).toString("base64url") }),
  );
  await db.$disconnect();

  // Only the importer's own writes: the index worker of a running app is not involved.
  const env = { ...process.env, DATABASE_URL: url };
  const imported = await run(["scripts/import.ts", file, "--as", email, "--batch-size", args["batch-size"]!], env);
  const reindexed = await run(["scripts/reindex.ts"], env);
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
  console.log(
    `\nimport: ${rows.toLocaleString("en-US")} rows in ${imported.seconds.toFixed(1)} s, ${(rows / imported.seconds).toFixed(0)} rows/s (process wall time, start-up included)`,
  );
  console.log(`reindex: ${reindexed.seconds.toFixed(1)} s, ${(rows / reindexed.seconds).toFixed(0)} quotes/s (process wall time)`);
  console.log(`load average at the end: ${load}; ${target.version.split(",")[0]}`);
} finally {
  await target.close();
  rmSync(workDir, { recursive: true, force: true });
}
