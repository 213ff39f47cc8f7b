import { queryRoute } from "@/lib/api/handle-route";
import { db } from "@/lib/db/client";
import { findRevisionHistory } from "@/lib/revisions/find-revision-history";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const getHandler = queryRoute(async ({ actor, request }) => ({
  revisions: await findRevisionHistory(db(), actor, Object.fromEntries(new URL(request.url).searchParams)),
}));

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler });
