import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { entityKindLabel } from "../entities/labels";
import type { EntityDocument } from "./contract";

// Builds entity documents from the current rows, as documents.ts does for claims: the worker
// and the rebuild both come here.

const ENTITY_INCLUDE = {
  names: { orderBy: { id: "asc" } },
  memberships: { include: { organization: { include: { names: true } } } },
  members: { include: { person: { include: { names: true } } } },
} satisfies Prisma.EntityInclude;

type EntityRow = Prisma.EntityGetPayload<{ include: typeof ENTITY_INCLUDE }>;
type Affiliation = { role: string; startDate: Date | null; endDate: Date | null };

const FORMER = /\s*\(former\)\s*/i;

/** Ended by its date or marked "(former)" in its role. */
function isFormer(affiliation: Affiliation, now: Date): boolean {
  return FORMER.test(affiliation.role) || (affiliation.endDate !== null && affiliation.endDate < now);
}

/** The role as recorded, without its "(former)" mark (the line says "former" itself). */
const roleOf = (affiliation: Affiliation) => affiliation.role.replace(FORMER, " ").trim();

/**
 * One line from the stored affiliations: a person's roles, current ones first ("Founder of
 * Thinking Machines Lab, former Chief Technology Officer of OpenAI"); otherwise the stored
 * description, then an organisation's people, then the kind.
 */
function describeInOneLine(entity: EntityRow, now = new Date()): string {
  if (entity.kind === "PERSON" && entity.memberships.length) {
    const ordered = [...entity.memberships].sort(
      (a, b) => Number(isFormer(a, now)) - Number(isFormer(b, now)) || (a.startDate?.getTime() ?? 0) - (b.startDate?.getTime() ?? 0),
    );
    return ordered
      .map((m, i) => `${isFormer(m, now) ? (i === 0 ? "Former " : "former ") : ""}${roleOf(m)} of ${m.organization.name}`)
      .join(", ");
  }
  if (entity.description) return entity.description;
  if (entity.members.length) return entity.members.map((m) => `${m.person.name} (${roleOf(m)})`).join(", ");
  return entityKindLabel(entity.kind);
}

const VISIBLE_CLAIM = `c.state = 'PUBLISHED' AND c.rank <> 'DEPRECATED'`;

/** Claims by or about each entity, an organisation's people's included: what its page lists. */
async function claimCounts(db: Db, entityIds: number[]): Promise<Map<number, number>> {
  const rows = await db.$queryRawUnsafe<{ entity_id: number; count: number }[]>(
    `SELECT entity_id, count(DISTINCT claim_id)::int AS count FROM (
       SELECT c.speaker_id AS entity_id, c.id AS claim_id FROM claims c WHERE c.speaker_id = ANY($1::int[]) AND ${VISIBLE_CLAIM}
       UNION ALL
       SELECT a.organization_id, c.id FROM affiliations a JOIN claims c ON c.speaker_id = a.person_id WHERE a.organization_id = ANY($1::int[]) AND ${VISIBLE_CLAIM}
       UNION ALL
       SELECT ce.entity_id, c.id FROM claim_entities ce JOIN claims c ON c.id = ce.claim_id WHERE ce.entity_id = ANY($1::int[]) AND ${VISIBLE_CLAIM}
     ) AS reached GROUP BY entity_id`,
    entityIds,
  );
  return new Map(rows.map((row) => [row.entity_id, row.count]));
}

const namesOf = (entity: { name: string; names: { value: string }[] }) => [entity.name, ...entity.names.map((name) => name.value)];

export interface EntityDocuments {
  documents: EntityDocument[];
  /** Ids of entities that are gone or deprecated: no longer in the index. */
  staleIds: string[];
}

export async function loadEntityDocuments(db: Db, entityIds: number[]): Promise<EntityDocuments> {
  if (entityIds.length === 0) return { documents: [], staleIds: [] };
  const rows = await db.entity.findMany({
    where: { id: { in: entityIds }, deprecatedAt: null },
    include: ENTITY_INCLUDE,
    orderBy: { id: "asc" },
  });
  const counts = await claimCounts(
    db,
    rows.map((row) => row.id),
  );
  const documents = rows.map((row): EntityDocument => ({
    id: `e${row.id}`,
    entityId: row.id,
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    names: row.names.map(({ lang, value }) => ({ lang, value })),
    related: [...new Set([...row.memberships.map((m) => m.organization), ...row.members.map((m) => m.person)].flatMap(namesOf))],
    description: describeInOneLine(row),
    claimCount: counts.get(row.id) ?? 0,
  }));
  const current = new Set(documents.map((document) => document.entityId));
  return { documents, staleIds: entityIds.filter((id) => !current.has(id)).map((id) => `e${id}`) };
}

/** Every live entity's document, for a full rebuild (entities number in the thousands, not millions). */
export async function loadAllEntityDocuments(db: Db): Promise<EntityDocument[]> {
  const ids = await db.entity.findMany({ where: { deprecatedAt: null }, select: { id: true }, orderBy: { id: "asc" } });
  const documents: EntityDocument[] = [];
  for (let at = 0; at < ids.length; at += 500)
    documents.push(
      ...(
        await loadEntityDocuments(
          db,
          ids.slice(at, at + 500).map((row) => row.id),
        )
      ).documents,
    );
  return documents;
}
