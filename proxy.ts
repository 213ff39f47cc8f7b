import { NextResponse, type NextRequest } from "next/server";
import { sanitizeForwardingHeaders } from "@/lib/auth/client-address";
import { contentSecurityPolicy, createNonce, hasSessionCookie, isPrivatePath, STATIC_SECURITY_HEADERS, transportSecurityHeader } from "@/lib/auth/security-headers";
import { readEnv } from "@/lib/env";
import { claimPermalinkSegment, negotiatedCitationPath } from "@/lib/http/negotiate-claim-format";

// Runs before every route except static assets: it fixes which client address routes see
// (the sign-in throttle keys on it), gives each page its CSP nonce and security headers, and
// keeps private pages out of caches. Authorisation is not decided here: every page, action
// and handler checks its actor itself.

/** Next.js's own limit for a server action's body (serverActions.bodySizeLimit, default 1 MB). */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

/** Next.js refuses a larger action body with a 500; answered here first, as what it is. */
function isOversizedAction(request: NextRequest): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  return Number(request.headers.get("content-length") ?? 0) > SERVER_ACTION_BODY_LIMIT;
}

export function proxy(request: NextRequest): NextResponse {
  if (isOversizedAction(request)) {
    const body = { error: { code: "payload_too_large", message: `The form is larger than ${SERVER_ACTION_BODY_LIMIT / 1024 / 1024} MB.` } };
    return NextResponse.json(body, { status: 413, headers: { "Cache-Control": "no-store" } });
  }
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });

  const env = readEnv();
  const headers = new Headers(request.headers);
  sanitizeForwardingHeaders(headers, env.CLAIMTRAIL_TRUSTED_PROXY === "1");
  headers.set("Content-Security-Policy", csp);
  headers.set("x-nonce", nonce);

  const { pathname } = request.nextUrl;
  const negotiated = negotiatedCitationPath(pathname, request.headers.get("accept"));
  const response = negotiated ? NextResponse.rewrite(new URL(negotiated, request.url), { request: { headers } }) : NextResponse.next({ request: { headers } });
  if (claimPermalinkSegment(pathname) !== null) response.headers.append("Vary", "Accept");
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  const hsts = transportSecurityHeader(env.CLAIMTRAIL_BASE_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  if (isPrivatePath(pathname) || hasSessionCookie(request.headers.get("cookie"))) {
    response.headers.set("Cache-Control", "no-store");
  }
  return response;
}

export const config = {
  // Everything but build assets: API routes included, since they read the client address too.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
