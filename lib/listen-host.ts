import "server-only";
import type { Env } from "./env";

/**
 * The address `npm start` binds. HOST wins; otherwise the embedded database's demo (whose
 * accounts have public passwords) is served on loopback only, and a deployment on a Postgres
 * server keeps Next.js's default of every interface.
 */
export function listenHost(env: Pick<Env, "HOST">, embedded: boolean): string | undefined {
  if (env.HOST) return env.HOST;
  return embedded ? "127.0.0.1" : undefined;
}
