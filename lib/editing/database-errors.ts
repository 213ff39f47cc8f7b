import "server-only";
import { Prisma } from "../db/generated/client";
import { AppError } from "../errors";

// Database refusals, in words. Prisma's codes and Postgres's messages never reach a caller:
// a unique violation becomes a duplicate, a missing reference or a check a field problem.

export interface ConstraintViolation {
  kind: "unique" | "foreign_key" | "check";
  /** The constraint or index name, as named in the migrations. */
  constraint: string;
}

const KINDS: Record<string, ConstraintViolation["kind"]> = { P2002: "unique", P2003: "foreign_key", "23514": "check" };

interface DriverCause {
  originalCode?: string;
  originalMessage?: string;
  constraint?: { index?: string };
}

function driverCause(error: Prisma.PrismaClientKnownRequestError): DriverCause | undefined {
  return (error.meta?.driverAdapterError as { cause?: DriverCause } | undefined)?.cause;
}

export function constraintViolation(error: unknown): ConstraintViolation | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const cause = driverCause(error);
  const kind = KINDS[error.code] ?? KINDS[cause?.originalCode ?? ""];
  if (!kind) return null;
  const constraint = cause?.constraint?.index ?? /constraint "([^"]+)"/.exec(cause?.originalMessage ?? "")?.[1] ?? "";
  return { kind, constraint };
}

/**
 * Postgres's class 22, data exceptions (a NUL byte, a number out of range, a bad date…): the
 * input's fault, so a 400 even when no schema caught it first.
 */
function isDataException(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (driverCause(error)?.originalCode ?? "").startsWith("22");
}

/** The catch-all mapping, for violations no caller handled with a more precise message. */
export function toAppError(error: unknown): unknown {
  if (isDataException(error))
    return new AppError("invalid_input", "A value could not be stored: it holds characters or a number the database cannot take.");
  const violation = constraintViolation(error);
  if (!violation) return error;
  if (violation.kind === "unique") return new AppError("duplicate", "A record with these values already exists.");
  if (violation.kind === "foreign_key") return new AppError("invalid_input", "The change refers to a record that does not exist.");
  return new AppError("unprocessable", "The change breaks a rule of the data model.");
}
