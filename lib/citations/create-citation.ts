import { citationKind, type CitationSnapshot } from "./citation-record";
import type { EditSession } from "../editing/transaction";
import { anchorCitationWords } from "../sources/anchor-citation";
import { resolveSourceRef } from "../sources/create-source";
import { citationData } from "./citation-data";
import { citationKeyConflict } from "./citation-key";
import type { TCitationInput } from "./citation-schemas";
import { createRecord } from "../editing/create-record";

/** What a citation supports: a quote, or a claim that has no quote (citations_target_check). */
export type CitationTarget = { quoteId: number; claimId?: never } | { claimId: number; quoteId?: never };

/**
 * Creates a citation in the session's transaction, finding or creating its source first.
 * `path` prefixes field names in errors ("citations.0").
 */
export async function writeCitation(
  session: EditSession,
  target: CitationTarget,
  citation: TCitationInput,
  path: string,
): Promise<CitationSnapshot> {
  const sourceId = await resolveSourceRef(session, citation.source, `${path}.source`);
  const anchor = await anchorCitationWords(session.tx, sourceId, citation, path ? `${path}.exact` : "exact");
  const data = { ...citationData(target, sourceId, citation), ...anchor };
  const duplicate = await citationKeyConflict(session.tx, data, null, path);
  if (duplicate) throw duplicate;
  return createRecord(session, citationKind, data);
}
