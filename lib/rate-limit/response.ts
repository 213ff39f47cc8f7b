import { apiError } from "../api/errors";

// The answer to a read over the limit: JSON for the API, a short page for people.

const MESSAGE = "Too many requests from your network.";

function wait(seconds: number): string {
  return seconds === 1 ? "a second" : seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

export function tooManyRequests(pathname: string, retryAfterSeconds: number): Response {
  const headers = { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" };
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    return apiError(429, "rate_limited", `${MESSAGE} Try again in ${wait(retryAfterSeconds)}.`, undefined, headers);
  }
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Too many requests · Claimtrail</title></head>
<body><main><h1>Too many requests</h1><p>${MESSAGE} Please try again in ${wait(retryAfterSeconds)}.</p></main></body></html>
`;
  return new Response(page, { status: 429, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
