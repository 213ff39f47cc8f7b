import { logSecurityEvent } from "../log/security-log";

/** The one error shape every JSON endpoint answers with. */
export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string>; details?: Record<string, unknown> };
}

/**
 * The codes of that shape, the same for every endpoint: bad input of any kind (a body, a query
 * parameter, JSON that does not parse) is always `invalid_input` with its fields named.
 */
export const API_ERROR_CODES = [
  "invalid_input",
  "invalid_credentials",
  "invalid_password",
  "unauthenticated",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "conflict",
  "duplicate",
  "unprocessable",
  "rate_limited",
  "no_source",
  "internal",
  "unavailable",
  "search_unavailable",
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** An error answer: never stored by a cache, since it says nothing lasting about the resource. */
export function apiError(
  status: number,
  code: ApiErrorCode,
  message: string,
  fields?: Record<string, string>,
  headers?: Record<string, string>,
): Response {
  logIfRefused(status, code);
  const body: ApiErrorBody = { error: { code, message, ...(fields ? { fields } : {}) } };
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** Every 401 and 403 the API answers is a security event, whichever way it was built. */
export function logIfRefused(status: number, code: string): void {
  if (status === 401 || status === 403) logSecurityEvent("access.denied", { status, code });
}
