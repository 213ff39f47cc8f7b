// Errors that mean "the database cannot be reached or did not answer in time", as opposed to a
// bug or bad input: they become a 503 with Retry-After, so callers retry instead of giving up.

/** Prisma's codes for an unreachable server, a timeout, a dropped connection, a full pool. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
/** SQLSTATE: connection exceptions, statement or idle-in-transaction timeout, shutdown, too many connections. */
const SQLSTATE = /^(08...|57014|57P0[1-3]|25P03|53300)$/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND"]);
/** What pg and Prisma's adapter say, without a code, when a connection is lost or times out. */
const MESSAGES =
  /Connection terminated|Query read timeout|timeout exceeded when trying to connect|Unable to start a transaction in the given time|Transaction already closed|DatabaseNotReachable|ConnectionClosed|SocketTimeout|Server has closed the connection/i;

/** Seconds a client should wait before retrying after an outage. */
export const RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && typeof cause === "object" && depth < 8; depth++) {
    const { code, message, kind, originalCode } = cause as { code?: unknown; message?: unknown; kind?: unknown; originalCode?: unknown };
    for (const value of [code, originalCode]) {
      if (typeof value === "string" && (PRISMA_CODES.has(value) || SQLSTATE.test(value) || SOCKET_CODES.has(value))) return true;
    }
    if (typeof kind === "string" && MESSAGES.test(kind)) return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    // Prisma wraps a raw query's adapter error in meta rather than cause (P2010).
    const next = cause as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    cause = next.cause ?? next.meta?.driverAdapterError;
  }
  return false;
}

class DatabaseWaitExceeded extends Error {
  readonly code = "P1008";
}

/** `work`, or a DatabaseWaitExceeded after `ms`: for answers that must come sooner than the pool's timeouts. */
export function withinDatabaseWait<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const exceeded = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseWaitExceeded(`The database did not answer within ${ms} ms.`)), ms);
  });
  return Promise.race([work, exceeded]).finally(() => clearTimeout(timer));
}
