// The security headers every page gets from proxy.ts. Scripts and styles run only with this
// request's nonce: Next.js reads it from the request's CSP header and puts it on the scripts
// and styles it renders; what those scripts load runs through 'strict-dynamic'. A `style`
// attribute in server-rendered HTML cannot carry a nonce and is refused: style with CSS
// modules. Development alone allows inline styles and eval (its overlay and React's
// debugging need them) and the hot-reload websocket.

import { COOKIE_PREFIX } from "./policy";

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    // A nonce would make browsers ignore 'unsafe-inline', so development sends only the latter.
    "style-src": ["'self'", ...(options.dev ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(options.dev ? ["ws:"] : [])],
    "object-src": ["'none'"],
    // No page sets <base>: an injected one could redirect every relative script and link.
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/**
 * Pages about one person or one account: never stored by a browser or a shared cache. Every
 * other page a signed-in person is sent gets the same treatment (see proxy.ts), which covers
 * the editing pages wherever they live.
 */
const PRIVATE_PREFIXES = ["/account", "/admin", "/sign-in", "/invite", "/api/auth"];

export function isPrivatePath(pathname: string): boolean {
  return PRIVATE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

const SESSION_COOKIE = new RegExp(`(?:^|;\\s*)(?:__Secure-)?${COOKIE_PREFIX}\\.session_token=`);

/** Whether a request carries Better Auth's session cookie (with or without the __Secure- prefix). */
export function hasSessionCookie(cookieHeader: string | null): boolean {
  return cookieHeader !== null && SESSION_COOKIE.test(cookieHeader);
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  // A page opened from another site cannot reach this window, nor this window it.
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** HSTS only when the public origin is https: on plain HTTP it would be ignored or, worse, pin a wrong host. */
export function transportSecurityHeader(baseUrl: string | undefined): string | null {
  return baseUrl?.startsWith("https:") ? "max-age=63072000; includeSubDomains" : null;
}
