import "server-only";
import path from "node:path";
import { readEnv } from "../env";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";

const DEFAULT_DATA_DIR = path.resolve(import.meta.dirname, "../../.data/pglite");

export interface DatabaseConnection {
  /** The app's connection. */
  url: string;
  /** The owner's, for migrations and the index rebuild: DATABASE_OWNER_URL, else the app's. */
  ownerUrl: string;
  /** Connections a pool may open: 1 for the embedded database, which has one session. */
  poolMax?: number;
  embedded: boolean;
  close(): Promise<void>;
}

/** DATABASE_URL if set; otherwise the embedded database persisted in the data folder. */
export async function openDatabase(): Promise<DatabaseConnection> {
  const env = readEnv();
  if (env.DATABASE_URL) {
    const ownerUrl = env.DATABASE_OWNER_URL ?? env.DATABASE_URL;
    return { url: env.DATABASE_URL, ownerUrl, poolMax: env.DATABASE_POOL_MAX, embedded: false, close: async () => {} };
  }
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir: env.CLAIMTRAIL_DATA_DIR ?? DEFAULT_DATA_DIR });
  return { url: embedded.url, ownerUrl: embedded.url, poolMax: 1, embedded: true, close: () => embedded.stop() };
}
