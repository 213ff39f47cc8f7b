import { mutationRoute, pathId } from "@/lib/api/handle-route";
import { db } from "@/lib/db/client";
import { linkSources } from "@/lib/sources/link-sources";
import type { TLinkSources } from "@/lib/sources/source-schemas";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const postHandler = mutationRoute<{ id: string }>(
  async ({ actor, params, body }) => linkSources(db(), actor, pathId(params.id), (await body()) as TLinkSources),
  { creates: true },
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ POST: postHandler });
