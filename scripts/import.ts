// Imports quotes with their sources from a JSON or CSV file (format: README, "Import file
// format"): `npm run import -- quotes.csv [--as editor@example.org] [--batch-size 50]`.
// Bad rows are reported by line and skipped; a second run of the same file imports nothing.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { createPrismaClient } from "../lib/db/client";
import { openDatabase } from "../lib/db/connection";
import { migrate } from "../lib/db/migrate";
import { AppError } from "../lib/errors";
import { findImportActor } from "../lib/import/import-actor";
import { importQuotes } from "../lib/import/import-quotes";
import { importFormatOf, readImportFile, type ImportProblem } from "../lib/import/read-import-file";

const USAGE = "usage: npm run import -- <file.json|file.csv> [--as <editor email>] [--batch-size <n>]";

function report(title: string, problems: ImportProblem[]): void {
  if (problems.length === 0) return;
  console.log(`\n${title}:`);
  for (const { line, reason } of problems) console.log(`  line ${line}: ${reason}`);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { as: { type: "string" }, "batch-size": { type: "string" } },
});
const file = positionals[0];
const format = file ? importFormatOf(file) : null;
if (!file || !format) {
  console.error(USAGE);
  process.exit(2);
}

const { rows, problems } = readImportFile(await readFile(file, "utf8"), format);
if (problems.length) {
  report(`${file} cannot be imported`, problems);
  process.exit(1);
}

const connection = await openDatabase();
const db = createPrismaClient(connection.url, connection.poolMax);
try {
  await migrate(connection.ownerUrl, undefined, connection.url);
  const actor = await findImportActor(db, values.as);
  const bar = new SingleBar(
    { format: "import [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | {duration_formatted} | eta {eta_formatted}" },
    Presets.shades_classic,
  );
  const began = performance.now();
  const rate = (done: number) => Math.round(done / Math.max(0.001, (performance.now() - began) / 1000));
  bar.start(rows.length, 0, { rate: 0 });
  const summary = await importQuotes(db, actor, rows, {
    reason: `Imported from ${path.basename(file)}.`,
    batchSize: values["batch-size"] ? Number(values["batch-size"]) : undefined,
    onProgress: (done) => bar.update(done, { rate: rate(done) }),
  });
  bar.stop();
  console.log(`\nIn ${((performance.now() - began) / 1000).toFixed(1)} s (${rate(summary.rows)} rows/s).`);
  console.log(
    `${summary.rows} row(s): ${summary.imported} imported, ${summary.alreadyPresent} already present, ${summary.invalid.length} invalid, ${summary.failed.length} refused by the database.`,
  );
  report("Invalid rows (not imported)", summary.invalid);
  report("Rows the database refused (not imported)", summary.failed);
  if (summary.invalid.length || summary.failed.length) process.exitCode = 1;
} catch (error) {
  console.error(error instanceof AppError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await connection.close();
}
