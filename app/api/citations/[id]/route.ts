import { mutationRoute, pathId } from "@/lib/api/handle-route";
import type { TUpdateCitation } from "@/lib/citations/citation-schemas";
import { updateCitation } from "@/lib/citations/update-citation";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export const PATCH = mutationRoute<{ id: string }>(async ({ actor, params, body }) => updateCitation(db(), actor, pathId(params.id), (await body()) as TUpdateCitation));
