import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { EditSession, inEditSession } from "../editing/transaction";
import { fieldMessages } from "../editing/validation";
import { writeSourcedQuote } from "../quotes/create-sourced-quote";
import { ZCreateSourcedQuote, type TSourcedQuote } from "../quotes/quote-schemas";
import { findImportedQuote } from "./find-imported-quote";
import type { ImportProblem, ImportRow } from "./read-import-file";

// Imports quotes with their sources: every row validated with the API's own schema, the valid
// ones written a batch per transaction. A batch that fails is replayed row by row, so one bad
// row costs only itself. A row already imported (same normalised words, same speaker, same
// source) is counted and skipped, so running a file again changes nothing.

export interface ImportSummary {
  rows: number;
  imported: number;
  alreadyPresent: number;
  /** Rows the schema refused, by line; nothing was written for them. */
  invalid: ImportProblem[];
  /** Valid rows the database refused (a missing claim, a taken slug…), by line. */
  failed: ImportProblem[];
}

export interface ImportOptions {
  /** Kept in every revision the import writes, unless a row gives its own reason. */
  reason: string;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

type Outcome = "imported" | "alreadyPresent";

interface ValidRow {
  line: number;
  input: TSourcedQuote;
}

function describe(error: unknown): string {
  if (!(error instanceof AppError)) return "could not be saved (see the log)";
  const fields = Object.entries(error.fields ?? {}).map(([field, message]) => `${field}: ${message}`);
  return fields.length ? fields.join("; ") : error.message;
}

export async function importQuotes(db: Db, actor: Actor, rows: ImportRow[], options: ImportOptions): Promise<ImportSummary> {
  requireRole(actor, "EDITOR");
  const summary: ImportSummary = { rows: rows.length, imported: 0, alreadyPresent: 0, invalid: [], failed: [] };
  const valid: ValidRow[] = [];
  for (const row of rows) {
    const parsed = ZCreateSourcedQuote.safeParse(row.input);
    if (parsed.success) valid.push({ line: row.line, input: parsed.data });
    else
      summary.invalid.push({
        line: row.line,
        reason: Object.entries(fieldMessages(parsed.error))
          .map(([field, message]) => `${field}: ${message}`)
          .join("; "),
      });
  }

  const write = (batch: ValidRow[]) =>
    inEditSession(db, actor, options.reason, async (session) => {
      const outcomes: Outcome[] = [];
      for (const { input } of batch) {
        if (await findImportedQuote(session.tx, input)) {
          outcomes.push("alreadyPresent");
          continue;
        }
        // Each row keeps its own reason when it gives one.
        const rowSession = input.reason ? new EditSession(session.tx, session.actor, input.reason) : session;
        await writeSourcedQuote(rowSession, input, { reuseSpeakerBySlug: true });
        outcomes.push("imported");
      }
      return outcomes;
    });
  const count = (outcomes: Outcome[]) => outcomes.forEach((outcome) => (summary[outcome] += 1));

  const batchSize = Math.max(1, options.batchSize ?? 50);
  let done = summary.invalid.length;
  options.onProgress?.(done, rows.length);
  for (let start = 0; start < valid.length; start += batchSize) {
    const batch = valid.slice(start, start + batchSize);
    try {
      count(await write(batch));
    } catch {
      for (const row of batch) {
        try {
          count(await write([row]));
        } catch (error) {
          if (!(error instanceof AppError)) console.error(`import: line ${row.line} failed`, error);
          summary.failed.push({ line: row.line, reason: describe(error) });
        }
      }
    }
    done += batch.length;
    options.onProgress?.(done, rows.length);
  }
  summary.invalid.sort((a, b) => a.line - b.line);
  summary.failed.sort((a, b) => a.line - b.line);
  return summary;
}
