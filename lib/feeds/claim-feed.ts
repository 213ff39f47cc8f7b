import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { spokenBy } from "../entities/find-entity-page";
import { latest } from "../http/conditional-request";
import { CLAIMS_FEED_PATH, entityPath, searchPath, speakerFeedPath, topicFeedPath } from "../routes";

// What a feed of new and changed claims holds: the claims (newest change first) and what the
// feed is of. Published claims only, and that rule is in the query itself, so no feed can show
// a draft.

export type FeedScope = { kind: "site" } | { kind: "speaker"; slug: string } | { kind: "topic"; slug: string };

/** Entries per feed: a reader polling every hour or so misses nothing short of a mass import. */
export const FEED_ENTRIES = 50;

const PERSON = { select: { slug: true, name: true, updatedAt: true } } as const;

const FEED_CLAIM_SELECT = {
  id: true,
  slug: true,
  status: true,
  rank: true,
  createdAt: true,
  updatedAt: true,
  speaker: PERSON,
  coSpeakers: { select: { entity: PERSON }, orderBy: { entityId: "asc" } },
  actualSpeaker: PERSON,
  statements: { select: { lang: true, text: true }, orderBy: { lang: "asc" } },
  quotes: { where: { deprecatedAt: null }, orderBy: { id: "asc" }, take: 1, select: { text: true, lang: true } },
  tags: { select: { tag: { select: { slug: true, label: true } } }, orderBy: { tagId: "asc" } },
} satisfies Prisma.ClaimSelect;

type FeedClaimRow = Prisma.ClaimGetPayload<{ select: typeof FEED_CLAIM_SELECT }>;

export interface FeedClaim extends Omit<FeedClaimRow, "coSpeakers" | "tags"> {
  coSpeakers: FeedClaimRow["speaker"][];
  tags: { slug: string; label: string }[];
}

export interface ClaimFeed {
  title: string;
  /** The feed's own address, and the page it follows. */
  path: string;
  pagePath: string;
  claims: FeedClaim[];
  /** The newest change to anything the feed shows: its claims, their speakers, its subject. */
  updated: Date;
}

const PUBLISHED = { state: "PUBLISHED" } satisfies Prisma.ClaimWhereInput;

interface Subject {
  title: string;
  path: string;
  pagePath: string;
  where: Prisma.ClaimWhereInput;
  updatedAt: Date | null;
}

async function subjectOf(db: Db, scope: FeedScope): Promise<Subject | null> {
  if (scope.kind === "site")
    return { title: "Claimtrail: new and changed claims", path: CLAIMS_FEED_PATH, pagePath: searchPath(), where: {}, updatedAt: null };
  if (scope.kind === "speaker") {
    const entity = await db.entity.findUnique({
      where: { slug: scope.slug },
      select: { id: true, slug: true, name: true, updatedAt: true, members: { select: { personId: true } } },
    });
    if (!entity) return null;
    // The same claims as the entity page lists: an organisation's include its people's.
    const where = spokenBy(entity.id, [entity.id, ...entity.members.map((member) => member.personId)]);
    return {
      title: `Claims by ${entity.name} · Claimtrail`,
      path: speakerFeedPath(entity),
      pagePath: entityPath(entity),
      where,
      updatedAt: entity.updatedAt,
    };
  }
  const tag = await db.tag.findUnique({ where: { slug: scope.slug }, select: { id: true, slug: true, label: true } });
  if (!tag) return null;
  return {
    title: `Claims on ${tag.label} · Claimtrail`,
    path: topicFeedPath(tag),
    pagePath: searchPath({ tag: tag.slug }),
    where: { tags: { some: { tagId: tag.id } } },
    updatedAt: null,
  };
}

/** The feed of `scope`, or null when its speaker or topic does not exist. */
export async function findClaimFeed(db: Db, scope: FeedScope): Promise<ClaimFeed | null> {
  const subject = await subjectOf(db, scope);
  if (!subject) return null;
  const rows = await db.claim.findMany({
    where: { AND: [PUBLISHED, subject.where] },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: FEED_ENTRIES,
    select: FEED_CLAIM_SELECT,
  });
  const claims = rows.map((row) => ({
    ...row,
    coSpeakers: row.coSpeakers.map(({ entity }) => entity),
    tags: row.tags.map(({ tag }) => tag),
  }));
  const people = claims.flatMap((claim) => [claim.speaker, claim.actualSpeaker, ...claim.coSpeakers]);
  const updated = latest(subject.updatedAt, ...claims.map((claim) => claim.updatedAt), ...people.map((person) => person?.updatedAt));
  return { title: subject.title, path: subject.path, pagePath: subject.pagePath, claims, updated };
}
