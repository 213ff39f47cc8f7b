import { AppError } from "../errors";
import { publicOrigin } from "../http/public-origin";

/**
 * Route handlers do not get the origin check Next.js gives server actions, so every mutating
 * handler calls this: a browser's cross-site request is refused. The Origin is compared with
 * the public origin, not with request.url, which is Next's internal address and differs from
 * the host a page was loaded from. Requests without browser headers (scripts using an API
 * token) carry neither header and pass; their token is the check.
 */
export function assertSameOrigin(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new AppError("forbidden", "Cross-site requests are not accepted.");
  const origin = request.headers.get("origin");
  if (origin && origin.toLowerCase() !== publicOrigin(request.headers))
    throw new AppError("forbidden", "Cross-site requests are not accepted.");
}
