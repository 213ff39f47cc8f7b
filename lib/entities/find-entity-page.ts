import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { DatePrecision, EntityKind, NameKind } from "../db/generated/enums";
import { SOURCE_SUMMARY_SELECT, type SourceSummary } from "../sources/find-source-page";

// Everything the speaker / organisation page shows from the database: names, affiliations
// both ways, the claims the entity made and those about it, the sources it published. Facet
// counts come from the search engine instead (entity-facets.ts), to match the search page.

export interface EntityNameRow {
  lang: string;
  value: string;
  kind: NameKind;
}

export interface AffiliationRow {
  /** The other side: the organisation on a person's page, the person on an organisation's. */
  entity: { slug: string; name: string };
  role: string;
  startDate: Date | null;
  endDate: Date | null;
}

export interface EntityClaim {
  id: number;
  slug: string;
  claimedAt: Date | null;
  claimedAtPrecision: DatePrecision | null;
  status: string;
  quote: { text: string; lang: string } | null;
  statement: { text: string; lang: string } | null;
  /** Who said it; null for a misattributed claim whose actual speaker is not known. */
  speaker: { slug: string; name: string } | null;
}

export interface EntityPage {
  slug: string;
  kind: EntityKind;
  name: string;
  description: string | null;
  wikidataId: string | null;
  deprecatedAt: Date | null;
  names: EntityNameRow[];
  memberships: AffiliationRow[];
  members: AffiliationRow[];
  /** Claims the entity made; for an organisation, also those of its people. */
  spoken: EntityClaim[];
  /** Claims about the entity (ClaimEntity). */
  about: EntityClaim[];
  /** Sources it published, newest first: the way into a publisher's part of the relay chains. */
  published: SourceSummary[];
}

const LANGUAGE_ORDER = ["en", "zh-Hant", "zh-Hans"];
const languageRank = (lang: string) => (LANGUAGE_ORDER.includes(lang) ? LANGUAGE_ORDER.indexOf(lang) : LANGUAGE_ORDER.length);

/** English first, then Traditional and Simplified Chinese; in each, the name before its aliases. */
function orderNames(names: EntityNameRow[]): EntityNameRow[] {
  return [...names].sort(
    (a, b) =>
      languageRank(a.lang) - languageRank(b.lang) ||
      a.lang.localeCompare(b.lang) ||
      Number(a.kind !== "NAME") - Number(b.kind !== "NAME") ||
      a.value.localeCompare(b.value),
  );
}

const CLAIM_INCLUDE = {
  speaker: { select: { slug: true, name: true } },
  actualSpeaker: { select: { slug: true, name: true } },
  statements: { select: { lang: true, text: true } },
  quotes: { where: { deprecatedAt: null }, orderBy: { id: "asc" }, take: 1, select: { text: true, lang: true } },
} satisfies Prisma.ClaimInclude;

const VISIBLE = { state: "PUBLISHED", rank: { not: "DEPRECATED" } } satisfies Prisma.ClaimWhereInput;
const NEWEST_FIRST = [{ claimedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }] satisfies Prisma.ClaimOrderByWithRelationInput[];

function toEntityClaim(claim: Prisma.ClaimGetPayload<{ include: typeof CLAIM_INCLUDE }>): EntityClaim {
  return {
    id: claim.id,
    slug: claim.slug,
    claimedAt: claim.claimedAt,
    claimedAtPrecision: claim.claimedAtPrecision,
    status: claim.status,
    quote: claim.quotes[0] ?? null,
    statement: claim.statements.find((row) => row.lang === "en") ?? claim.statements[0] ?? null,
    // Who said it: a misattributed claim is listed under its actual speaker, never the wrong one.
    speaker: claim.status === "MISATTRIBUTED" ? claim.actualSpeaker : claim.speaker,
  };
}

/**
 * Claims `entityId` made, or (for an organisation) one of `speakerIds`, its people: as speaker,
 * as co-speaker, or as who really said a misattributed claim, never as its wrong speaker.
 */
export function spokenBy(entityId: number, speakerIds: number[] = [entityId]): Prisma.ClaimWhereInput {
  return {
    OR: [
      { speakerId: { in: speakerIds }, status: { not: "MISATTRIBUTED" } },
      { coSpeakers: { some: { entityId } } },
      { actualSpeakerId: { in: speakerIds } },
    ],
  };
}

const byStartDate = (a: { startDate: Date | null; role: string }, b: { startDate: Date | null; role: string }) =>
  (a.startDate?.getTime() ?? Infinity) - (b.startDate?.getTime() ?? Infinity) || a.role.localeCompare(b.role);

export async function findEntityPage(db: Db, slug: string): Promise<EntityPage | null> {
  const entity = await db.entity.findUnique({
    where: { slug },
    include: {
      names: true,
      memberships: { include: { organization: { select: { slug: true, name: true } } } },
      members: { include: { person: { select: { slug: true, name: true } } } },
      sourcesPublished: {
        where: { deprecatedAt: null },
        orderBy: [{ issued: { sort: "desc", nulls: "last" } }, { id: "asc" }],
        select: SOURCE_SUMMARY_SELECT,
      },
    },
  });
  if (!entity) return null;

  // The search index counts an organisation's people's claims as the organisation's (org
  // facet), so the page lists them too, each under its own speaker's name; co-spoken claims
  // too, and misattributed ones only under who really said them.
  const speakerIds = [entity.id, ...entity.members.map((member) => member.personId)];
  const [spoken, about] = await Promise.all([
    db.claim.findMany({
      where: {
        ...VISIBLE,
        ...spokenBy(entity.id, speakerIds),
      },
      orderBy: NEWEST_FIRST,
      include: CLAIM_INCLUDE,
    }),
    db.claim.findMany({
      where: { ...VISIBLE, entities: { some: { entityId: entity.id } } },
      orderBy: NEWEST_FIRST,
      include: CLAIM_INCLUDE,
    }),
  ]);

  return {
    slug: entity.slug,
    kind: entity.kind,
    name: entity.name,
    description: entity.description,
    wikidataId: entity.wikidataId,
    deprecatedAt: entity.deprecatedAt,
    names: orderNames(entity.names.map(({ lang, value, kind }) => ({ lang, value, kind }))),
    memberships: entity.memberships
      .map(({ organization, role, startDate, endDate }) => ({ entity: organization, role, startDate, endDate }))
      .sort(byStartDate),
    members: entity.members.map(({ person, role, startDate, endDate }) => ({ entity: person, role, startDate, endDate })).sort(byStartDate),
    spoken: spoken.map(toEntityClaim),
    about: about.map(toEntityClaim),
    published: entity.sourcesPublished,
  };
}
