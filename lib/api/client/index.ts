import createClient from "openapi-fetch";
import type { paths } from "./schema";

/**
 * A typed client for Claimtrail's JSON API (openapi-fetch over the generated `paths`): every
 * path, parameter, body and answer is checked by TypeScript. Scripts pass a personal API token.
 */
export function claimtrailClient(baseUrl: string, token?: string) {
  return createClient<paths>({ baseUrl, headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

export type { paths } from "./schema";
