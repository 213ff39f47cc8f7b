import { PrismaPg } from "@prisma/adapter-pg";
import { readEnv } from "../env";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

export function createPrismaClient(url: string, poolMax?: number): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: poolMax ?? 10 });
  return new PrismaClient({ adapter });
}

// One client per process, kept on globalThis so that hot reload does not leak pools.
const holder = globalThis as unknown as { claimtrailPrisma?: PrismaClient };

/** The process-wide client for DATABASE_URL (set by the launcher in embedded mode). */
export function db(): PrismaClient {
  if (!holder.claimtrailPrisma) {
    const env = readEnv();
    if (!env.DATABASE_URL) {
      throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database.");
    }
    holder.claimtrailPrisma = createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_MAX);
  }
  return holder.claimtrailPrisma;
}
