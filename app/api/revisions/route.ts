import { queryRoute } from "@/lib/api/handle-route";
import { db } from "@/lib/db/client";
import { findRevisionHistory } from "@/lib/revisions/find-revision-history";

export const dynamic = "force-dynamic";

export const GET = queryRoute(async ({ actor, request }) => ({
  revisions: await findRevisionHistory(db(), actor, Object.fromEntries(new URL(request.url).searchParams)),
}));
