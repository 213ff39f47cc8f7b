import { isAPIError } from "better-auth/api";
import { SIGN_IN_THROTTLED } from "./auth";

// What people see when Better Auth refuses something. Sign-in failures never say whether the
// email exists; throttling says when to try again; anything unexpected says nothing specific.

const WRONG_CREDENTIALS = "Email or password is incorrect.";

export interface AuthFailure {
  status: number;
  code: string;
  message: string;
  retryAfterSeconds?: number;
}

const CREDENTIAL_CODES = new Set([
  "INVALID_EMAIL_OR_PASSWORD",
  "INVALID_EMAIL",
  "VALIDATION_ERROR",
  "USER_NOT_FOUND",
  "CREDENTIAL_ACCOUNT_NOT_FOUND",
]);

/** An error thrown by `auth.api.*`, or the JSON body of an error response from `auth.handler`. */
export function describeAuthFailure(status: number, body: unknown, headers?: Headers): AuthFailure {
  const { code = "", message = "", retryAfterSeconds } = (body ?? {}) as { code?: string; message?: string; retryAfterSeconds?: number };
  if (code === SIGN_IN_THROTTLED) return { status: 429, code: "rate_limited", message, retryAfterSeconds };
  if (status === 429) {
    const seconds = Number(headers?.get("x-retry-after") ?? headers?.get("retry-after") ?? 60) || 60;
    return { status, code: "rate_limited", message: `Too many requests. Try again in ${seconds} seconds.`, retryAfterSeconds: seconds };
  }
  if (CREDENTIAL_CODES.has(code)) return { status: 401, code: "invalid_credentials", message: WRONG_CREDENTIALS };
  if (code === "INVALID_PASSWORD") return { status: 400, code: "invalid_password", message: "The current password is incorrect." };
  if (code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG") return { status: 400, code: "invalid_input", message };
  if (status === 401) return { status, code: "unauthenticated", message: "Sign in to do this." };
  if (status === 403) return { status, code: "forbidden", message: "This request is not allowed." };
  if (status === 404) return { status, code: "not_found", message: "No such endpoint." };
  if (status >= 400 && status < 500) return { status, code: "invalid_input", message: message || "This request is not valid." };
  return { status: 500, code: "internal", message: "Something went wrong; please try again." };
}

export function authFailureOf(error: unknown): AuthFailure | null {
  if (!isAPIError(error)) return null;
  return describeAuthFailure(error.statusCode, error.body, new Headers(error.headers as HeadersInit | undefined));
}
