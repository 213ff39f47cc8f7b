import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { readEnv, type Env } from "../env";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

/** How long the app waits on the database; pg and the Prisma adapter wait for ever by default. */
export interface DatabaseTimeouts {
  /** Opening a connection (TCP, TLS, start-up). */
  connectMs: number;
  /** One statement, enforced by the server (`statement_timeout`). */
  statementMs: number;
  /** One round trip, enforced by the client: also bounds a server that stopped answering. */
  queryMs: number;
  /** A transaction left open without a statement; the server then ends the session. */
  idleInTransactionMs: number;
}

function databaseTimeouts(env: Env = readEnv()): DatabaseTimeouts {
  return {
    connectMs: env.DATABASE_CONNECT_TIMEOUT_MS ?? 5_000,
    statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS ?? 10_000,
    queryMs: env.DATABASE_QUERY_TIMEOUT_MS ?? 15_000,
    idleInTransactionMs: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS ?? 10_000,
  };
}

/** A client; without `timeouts` it waits as long as the work takes (migrations, bulk scripts). */
export function createPrismaClient(url: string, poolMax?: number, timeouts?: DatabaseTimeouts): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: poolMax ?? 10,
    ...(timeouts && {
      connectionTimeoutMillis: timeouts.connectMs,
      statement_timeout: timeouts.statementMs,
      query_timeout: timeouts.queryMs,
      idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    }),
  });
  return new PrismaClient({ adapter });
}

// One client per process, kept on globalThis so that hot reload does not leak pools.
const holder = globalThis as unknown as { claimtrailPrisma?: PrismaClient };

/** The process-wide client for DATABASE_URL (set by the launcher in embedded mode), with timeouts. */
export function db(): PrismaClient {
  if (!holder.claimtrailPrisma) {
    const env = readEnv();
    if (!env.DATABASE_URL) {
      throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database.");
    }
    holder.claimtrailPrisma = createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_MAX, databaseTimeouts(env));
  }
  return holder.claimtrailPrisma;
}
