import "server-only";
import { afterAll, inject } from "vitest";
import { createPrismaClient, type Db } from "../db/client";

declare module "vitest" {
  export interface ProvidedContext {
    /** url connects as the tables' owner; appUrl, when given, as the restricted role the app runs as. */
    database: { url: string; appUrl?: string; poolMax: number; kind: "embedded" | "postgres" };
  }
}

/** The database of the current integration project, with a client closed after the file. */
export function useTestDatabase(): { db: Db; url: string; kind: "embedded" | "postgres" } {
  const { url, poolMax, kind } = inject("database");
  const db = createPrismaClient(url, poolMax);
  afterAll(() => db.$disconnect());
  return { db, url, kind };
}

/**
 * Empties every table of the app. One statement, so it is atomic; CASCADE because the
 * tables reference each other; the migrations table is kept so the schema stays applied.
 * It runs as the tables' owner: the app's role may not truncate.
 */
export async function resetDatabase(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`
    DO $$ DECLARE names text;
    BEGIN
      SELECT string_agg(format('%I', tablename), ', ') INTO names
        FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations';
      EXECUTE 'TRUNCATE ' || names || ' RESTART IDENTITY CASCADE';
      -- The audit trigger records those truncations; a test starts from an empty audit too.
      TRUNCATE audit_log;
    END $$;`);
}
