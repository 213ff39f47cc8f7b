import "server-only";
import type { Prisma, RevisionAction } from "../db/generated/client";
import { logSecurityEvent } from "../log/security-log";

export const REVISIONED_RECORD_TYPES = ["entity", "source", "source_relation", "claim", "quote", "citation", "claim_relation"] as const;
export type RevisionedRecordType = (typeof REVISIONED_RECORD_TYPES)[number];

export interface RevisionInput {
  recordType: RevisionedRecordType;
  recordId: number;
  version: number;
  action: RevisionAction;
  /** Null for system writes such as the demo corpus. */
  authorId: number | null;
  reason: string;
  snapshot: Prisma.InputJsonValue;
}

/** Appends one revision; call it inside the transaction that made the change. */
export async function recordRevision(tx: Prisma.TransactionClient, input: RevisionInput): Promise<void> {
  await tx.revision.create({ data: input });
  // System writes (the demo corpus) are not someone's edit.
  const { recordType, recordId, version, action, authorId, reason } = input;
  if (authorId !== null) logSecurityEvent("record.edited", { authorId, recordType, recordId, version, action, reason });
}
