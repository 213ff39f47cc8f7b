import { claimFeedResponse } from "@/lib/feeds/feed-response";

/** New and changed claims, site-wide, as Atom. */
export const GET = (request: Request) => claimFeedResponse(request, { kind: "site" });
