import "server-only";
import { db } from "../db/client";
import { deprecateRecord } from "../records/deprecate-record";
import type { EditableRecordType } from "../records/editable-records";
import type { TDeprecate } from "../editing/schema-parts";
import { mutationRoute, pathId } from "./handle-route";

/** POST /api/<records>/:id/deprecate for one kind of record: never a delete, always a reason. */
export function deprecateRoute(type: EditableRecordType) {
  return mutationRoute<{ id: string }>(async ({ actor, params, body }) =>
    deprecateRecord(db(), actor, type, pathId(params.id), (await body()) as TDeprecate),
  );
}
