import "server-only";
import type { Db } from "../db/client";
import { speakerFeed, topicFeed, type FeedLink } from "../crawl/page-metadata";

/** The feeds that follow a search filtered by speakers or topics: one per speaker and topic that exists. */
export async function feedsOfSearch(db: Db, params: URLSearchParams): Promise<FeedLink[]> {
  const speakers = params.getAll("speaker");
  const tags = params.getAll("tag");
  if (!speakers.length && !tags.length) return [];
  const [entities, topics] = await Promise.all([
    speakers.length
      ? db.entity.findMany({ where: { slug: { in: speakers } }, orderBy: { slug: "asc" }, select: { slug: true, name: true } })
      : [],
    tags.length ? db.tag.findMany({ where: { slug: { in: tags } }, orderBy: { slug: "asc" }, select: { slug: true, label: true } }) : [],
  ]);
  return [...entities.map(speakerFeed), ...topics.map(topicFeed)];
}
