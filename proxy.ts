import { NextResponse, type NextRequest } from "next/server";
import { sanitizeForwardingHeaders } from "@/lib/auth/client-address";
import {
  contentSecurityPolicy,
  createNonce,
  hasSessionCookie,
  isPrivatePath,
  STATIC_SECURITY_HEADERS,
  transportSecurityHeader,
} from "@/lib/auth/security-headers";
import { db } from "@/lib/db/client";
import { readEnv, type Env } from "@/lib/env";
import {
  isNotModified,
  PRIVATE_CACHE_CONTROL,
  PUBLIC_CACHE_CONTROL,
  PUBLIC_VARY,
  validatorHeaders,
  type Validator,
} from "@/lib/http/conditional-request";
import { claimPermalinkSegment, negotiatedCitationPath } from "@/lib/http/negotiate-claim-format";
import { isCacheablePage, pageValidator } from "@/lib/http/page-validator";
import { appReadLimiter } from "@/lib/rate-limit/app-limiter";
import { checkReadLimit } from "@/lib/rate-limit/limiter";
import { tooManyRequests } from "@/lib/rate-limit/response";

// Runs before every route except static assets: it fixes which client address routes see
// (the sign-in throttle keys on it), counts anonymous reads against the read limit, gives
// each page its CSP nonce and security headers, and keeps private pages out of caches. Authorisation is not decided here: every page, action
// and handler checks its actor itself.
//
// Caching: an anonymous reader's page gets a validator and a short public lifetime, and a
// conditional request is answered 304 here, before rendering. A 304 carries no
// Content-Security-Policy: the browser keeps the stored page with the stored policy, whose
// nonce is the one in that page's markup (a 304's headers replace the stored ones, so a fresh
// nonce would block the stored page's scripts). Signed-in people get `private, no-store`.

/** Next.js's own limit for a server action's body (serverActions.bodySizeLimit, default 1 MB). */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

/** Next.js refuses a larger action body with a 500; answered here first, as what it is. */
function isOversizedAction(request: NextRequest): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  return Number(request.headers.get("content-length") ?? 0) > SERVER_ACTION_BODY_LIMIT;
}

/** A browser's request for a page document (not a client navigation's RSC payload, nor an action). */
function isDocumentRequest(request: NextRequest): boolean {
  const { headers } = request;
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    !headers.has("rsc") &&
    !headers.has("next-action") &&
    !headers.has("next-router-prefetch")
  );
}

async function publicPageValidator(request: NextRequest): Promise<Validator | null> {
  const { pathname } = request.nextUrl;
  if (!isDocumentRequest(request) || !isCacheablePage(pathname)) return null;
  try {
    return await pageValidator(db(), pathname, "html");
  } catch (error) {
    // The page itself reports an outage; it is just not cached.
    console.error("proxy: page validator failed", error instanceof Error ? error.message : error);
    return null;
  }
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

  // The address as the HTTP server left it (lib/http/forwarding-at-server.ts): the socket's, or
  // the trusted proxy's hop. `headers` no longer has it once the client's headers are dropped.
  const retryAfter = await checkReadLimit(appReadLimiter(env), { method: request.method, pathname, headers: request.headers });
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  if (retryAfter !== null) return withSecurityHeaders(tooManyRequests(pathname, retryAfter), csp, env);

  headers.set("Content-Security-Policy", csp);
  headers.set("x-nonce", nonce);
  const negotiated = negotiatedCitationPath(pathname, request.headers.get("accept"));
  const isPrivate = isPrivatePath(pathname) || hasSessionCookie(request.headers.get("cookie")) || request.headers.has("authorization");
  const validator = isPrivate || negotiated ? null : await publicPageValidator(request);
  const notModified = validator !== null && isNotModified(request.headers, validator);

  const response = notModified
    ? new NextResponse(null, { status: 304 })
    : negotiated
      ? NextResponse.rewrite(new URL(negotiated, request.url), { request: { headers } })
      : NextResponse.next({ request: { headers } });
  const vary = claimPermalinkSegment(pathname) !== null ? ["Accept"] : [];
  withSecurityHeaders(response, notModified ? null : csp, env);
  if (isPrivate) {
    response.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
  } else if (validator) {
    for (const [name, value] of Object.entries(validatorHeaders(validator))) response.headers.set(name, value);
    response.headers.set("Cache-Control", PUBLIC_CACHE_CONTROL);
    vary.push(...PUBLIC_VARY);
  }
  for (const name of vary) response.headers.append("Vary", name);
  return response;
}

/** The security headers; a 304 gets no CSP, so the stored page keeps the one its nonce matches. */
function withSecurityHeaders<T extends Response>(response: T, csp: string | null, env: Env): T {
  if (csp) response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  const hsts = transportSecurityHeader(env.CLAIMTRAIL_BASE_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  // Everything but build assets: API routes included, since they read the client address too.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
