import "server-only";
import { apiError } from "../api/errors";
import { databaseUnavailableResponse } from "../api/handle-route";
import { db } from "../db/client";
import { isDatabaseUnavailable } from "../db/unavailable";
import { digestEtag, isNotModified, PUBLIC_CACHE_CONTROL, validatorHeaders } from "../http/conditional-request";
import { publicOrigin } from "../http/public-origin";
import { slugFromFeedFile } from "../routes";
import { claimFeedAtom } from "./claim-atom";
import { findClaimFeed, type FeedScope } from "./claim-feed";

// A feed over HTTP: cached like the other public reads (a validator, a 304 to a conditional
// request, public for a minute). A feed shows published claims only, the same for everyone.
// Its XML is rendered before the answer: the validator is a digest of it, so any change a
// reader would see (a renamed speaker or topic too) is a new one.

const ATOM = "application/atom+xml; charset=utf-8";

export async function claimFeedResponse(request: Request, scope: FeedScope | null): Promise<Response> {
  try {
    const feed = scope && (await findClaimFeed(db(), scope));
    if (!feed) return apiError(404, "not_found", scope?.kind === "topic" ? "No such topic." : "No such speaker.");
    const xml = claimFeedAtom(feed, publicOrigin(request.headers));
    const validator = { etag: digestEtag([xml]), lastModified: feed.updated };
    const headers = new Headers({ ...validatorHeaders(validator), "Cache-Control": PUBLIC_CACHE_CONTROL });
    if (isNotModified(request.headers, validator)) return new Response(null, { status: 304, headers });
    headers.set("Content-Type", ATOM);
    return new Response(xml, { headers });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
    console.error("feed failed", error);
    return apiError(500, "internal", "Something went wrong; please try again.");
  }
}

/** The GET handler of /feeds/speakers/<slug>.atom or /feeds/topics/<slug>.atom. */
export function feedFileRoute(kind: "speaker" | "topic") {
  return async (request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> => {
    const slug = slugFromFeedFile((await params).file);
    return claimFeedResponse(request, slug === null ? null : { kind, slug });
  };
}
