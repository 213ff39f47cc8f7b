import { apiError } from "../api/errors";
import { assertSameOrigin } from "../api/same-origin";
import { AppError } from "../errors";
import type { Auth } from "./auth";
import { withSessionCookieLifetime } from "./cookies";
import { describeAuthFailure } from "./errors";

/**
 * The Better Auth endpoints served over HTTP, and nothing else: pages use the server API,
 * so sign-up, profile, password-reset and session-listing endpoints are simply not routed.
 */
const EXPOSED = new Set(["POST /sign-in/email", "POST /sign-out", "GET /get-session"]);

const BASE_PATH = "/api/auth";

/** /api/auth/*: Better Auth's handler behind an allowlist, answering errors in the API's shape. */
export function authRouteHandler(getAuth: () => Promise<Auth>): (request: Request) => Promise<Response> {
  return async (request) => {
    const path = new URL(request.url).pathname.slice(BASE_PATH.length);
    if (!EXPOSED.has(`${request.method} ${path}`)) return apiError(404, "not_found", "No such endpoint.");
    try {
      if (request.method !== "GET") assertSameOrigin(request);
      const auth = await getAuth();
      return await toApiResponse(await auth.handler(request));
    } catch (error) {
      if (error instanceof AppError) return apiError(error.status, error.code, error.message);
      console.error("auth endpoint failed", error);
      return apiError(500, "internal", "Something went wrong; please try again.");
    }
  };
}

async function toApiResponse(response: Response): Promise<Response> {
  const headers = withSessionCookieLifetime(response.headers);
  headers.set("Cache-Control", "no-store");
  if (response.ok) return new Response(response.body, { status: response.status, headers });
  const body: unknown = await response.json().catch(() => null);
  const failure = describeAuthFailure(response.status, body, response.headers);
  if (failure.retryAfterSeconds !== undefined) headers.set("Retry-After", String(failure.retryAfterSeconds));
  headers.delete("content-length");
  headers.set("content-type", "application/json");
  return new Response(JSON.stringify({ error: { code: failure.code, message: failure.message } }), { status: failure.status, headers });
}
