import { mutationRoute, pathId } from "@/lib/api/handle-route";
import { db } from "@/lib/db/client";
import { restoreRevision } from "@/lib/revisions/restore-revision";
import type { TRestoreRevision } from "@/lib/revisions/revision-schemas";

export const dynamic = "force-dynamic";

export const POST = mutationRoute<{ id: string }>(async ({ actor, params, body }) => restoreRevision(db(), actor, pathId(params.id), (await body()) as TRestoreRevision));
