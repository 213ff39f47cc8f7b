import { mutationRoute, pathId } from "@/lib/api/handle-route";
import { db } from "@/lib/db/client";
import { linkSources } from "@/lib/sources/link-sources";
import type { TLinkSources } from "@/lib/sources/source-schemas";

export const dynamic = "force-dynamic";

export const POST = mutationRoute<{ id: string }>(
  async ({ actor, params, body }) => linkSources(db(), actor, pathId(params.id), (await body()) as TLinkSources),
  { creates: true },
);
