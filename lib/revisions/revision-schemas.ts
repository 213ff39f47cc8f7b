import { z } from "zod";
import { zReason, zVersion } from "../editing/schema-parts";
import { REVISIONED_RECORD_TYPES } from "./record-revision";

export const ZRevisionQuery = z
  .strictObject({
    recordType: z.enum(REVISIONED_RECORD_TYPES, { error: `must be one of ${REVISIONED_RECORD_TYPES.join(", ")}` }),
    recordId: z.coerce.number({ error: "must be a record id" }).int("must be a record id").positive("must be a record id"),
  })
  .meta({ id: "RevisionQuery" });
export type TRevisionQuery = z.input<typeof ZRevisionQuery>;

export const ZRestoreRevision = z
  .strictObject({
    version: zVersion.meta({ description: "The record's current version, as the editor saw it." }),
    reason: zReason,
  })
  .meta({ id: "RestoreRevision" });
export type TRestoreRevision = z.input<typeof ZRestoreRevision>;
