import { NextResponse, type NextRequest } from "next/server";
import { sanitizeForwardingHeaders } from "@/lib/auth/client-address";
import { contentSecurityPolicy, createNonce, hasSessionCookie, isPrivatePath, STATIC_SECURITY_HEADERS, transportSecurityHeader } from "@/lib/auth/security-headers";
import { readEnv, type Env } from "@/lib/env";
import { claimPermalinkSegment, negotiatedCitationPath } from "@/lib/http/negotiate-claim-format";
import { appReadLimiter } from "@/lib/rate-limit/app-limiter";
import { checkReadLimit } from "@/lib/rate-limit/limiter";
import { tooManyRequests } from "@/lib/rate-limit/response";

// Runs before every route except static assets: it fixes which client address routes see
// (the sign-in throttle keys on it), counts anonymous reads against the read limit, gives
// each page its CSP nonce and security headers, and keeps private pages out of caches. Authorisation is not decided here: every page, action
// and handler checks its actor itself.

/** Next.js's own limit for a server action's body (serverActions.bodySizeLimit, default 1 MB). */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

/** Next.js refuses a larger action body with a 500; answered here first, as what it is. */
function isOversizedAction(request: NextRequest): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  return Number(request.headers.get("content-length") ?? 0) > SERVER_ACTION_BODY_LIMIT;
}

export async function proxy(request: NextRequest): Promise<Response> {
  if (isOversizedAction(request)) {
    const body = { error: { code: "payload_too_large", message: `The form is larger than ${SERVER_ACTION_BODY_LIMIT / 1024 / 1024} MB.` } };
    return NextResponse.json(body, { status: 413, headers: { "Cache-Control": "no-store" } });
  }
  const env = readEnv();
  const headers = new Headers(request.headers);
  sanitizeForwardingHeaders(headers, env.CLAIMTRAIL_TRUSTED_PROXY === "1");
  const { pathname } = request.nextUrl;

  const retryAfter = await checkReadLimit(appReadLimiter(env), { method: request.method, pathname, headers });
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  if (retryAfter !== null) return withSecurityHeaders(tooManyRequests(pathname, retryAfter), csp, env);

  headers.set("Content-Security-Policy", csp);
  headers.set("x-nonce", nonce);
  const negotiated = negotiatedCitationPath(pathname, request.headers.get("accept"));
  const response = negotiated ? NextResponse.rewrite(new URL(negotiated, request.url), { request: { headers } }) : NextResponse.next({ request: { headers } });
  if (claimPermalinkSegment(pathname) !== null) response.headers.append("Vary", "Accept");
  withSecurityHeaders(response, csp, env);
  if (isPrivatePath(pathname) || hasSessionCookie(request.headers.get("cookie"))) {
    response.headers.set("Cache-Control", "no-store");
  }
  return response;
}

function withSecurityHeaders<T extends Response>(response: T, csp: string, env: Env): T {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  const hsts = transportSecurityHeader(env.CLAIMTRAIL_BASE_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  // Everything but build assets: API routes included, since they read the client address too.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
