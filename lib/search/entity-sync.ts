import "server-only";
import type { Db } from "../db/client";
import type { SearchEngine } from "./contract";
import { loadEntityDocuments } from "./entity-documents";
import type { IndexedRecordType } from "./outbox";

// The entity index's part of the outbox work: which entity documents an announced change
// may show, re-read from the current rows like the claims' documents.

/**
 * Entities whose document may have changed: an edited entity and its affiliates (their lines
 * and related names carry its name); every entity whose claim count the affected claims may
 * change (speaker, the speaker's organisations, the entities a claim is about); and those a
 * claim has left ("entitySummary", announced by the claim's edit).
 */
export async function affectedEntityIds(
  db: Db,
  entries: { recordType: string; recordId: number }[],
  claimIds: number[],
): Promise<number[]> {
  const ids = (type: IndexedRecordType) => entries.filter((entry) => entry.recordType === type).map((entry) => entry.recordId);
  const [edited, left] = [ids("entity"), ids("entitySummary")];
  const out = new Set([...edited, ...left]);
  if (edited.length || left.length) {
    // A left speaker's organisations count its claims too.
    const affiliations = await db.affiliation.findMany({
      where: { OR: [{ personId: { in: [...edited, ...left] } }, { organizationId: { in: edited } }] },
      select: { personId: true, organizationId: true },
    });
    for (const row of affiliations) out.add(row.personId).add(row.organizationId);
  }
  if (claimIds.length) {
    const claims = await db.claim.findMany({
      where: { id: { in: claimIds } },
      select: {
        speakerId: true,
        speaker: { select: { memberships: { select: { organizationId: true } } } },
        entities: { select: { entityId: true } },
      },
    });
    for (const claim of claims) {
      out.add(claim.speakerId);
      for (const membership of claim.speaker.memberships) out.add(membership.organizationId);
      for (const about of claim.entities) out.add(about.entityId);
    }
  }
  return [...out].sort((a, b) => a - b);
}

export async function indexEntities(db: Db, engine: SearchEngine, entityIds: number[]): Promise<void> {
  const { documents, staleIds } = await loadEntityDocuments(db, entityIds);
  await engine.upsertEntities(documents);
  await engine.removeEntities(staleIds);
}
