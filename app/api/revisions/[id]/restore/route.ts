import { mutationRoute, pathId } from "@/lib/api/handle-route";
import { db } from "@/lib/db/client";
import { restoreRevision } from "@/lib/revisions/restore-revision";
import type { TRestoreRevision } from "@/lib/revisions/revision-schemas";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const postHandler = mutationRoute<{ id: string }>(async ({ actor, params, body }) =>
  restoreRevision(db(), actor, pathId(params.id), (await body()) as TRestoreRevision),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ POST: postHandler });
