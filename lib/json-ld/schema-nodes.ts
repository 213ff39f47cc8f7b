import { cslNames } from "../citations/csl";
import { isoPartialDate, type DatePrecision } from "../domain/partial-date";
import { absoluteUrl } from "../http/public-origin";
import { entityPath, sourcePath } from "../routes";

// The schema.org nodes every page shares: a person, organisation or product, and a source.
// Each has one @id, its Claimtrail page plus a fragment, on every page and in every download,
// so a reader of the data (a search engine, a JSON-LD processor) merges the speaker of ten
// claims, their entity page and the sources they published into one node each.

export type JsonLdNode = Record<string, unknown>;

/** Graph documents all use schema.org's vocabulary. */
export const SCHEMA_ORG_CONTEXT = "https://schema.org";

const ENTITY_TYPES: Record<string, string> = { PERSON: "Person", ORGANIZATION: "Organization", PRODUCT: "Product" };

// schema.org's closest type per source type; it has none for an interview, an earnings call or
// a press release, so those are the general CreativeWork and Article.
const SOURCE_TYPES: Record<string, string> = {
  ARTICLE: "NewsArticle",
  PODCAST_EPISODE: "PodcastEpisode",
  INTERVIEW: "CreativeWork",
  BLOG_POST: "BlogPosting",
  SOCIAL_POST: "SocialMediaPosting",
  EARNINGS_CALL: "CreativeWork",
  DATASET: "Dataset",
  VIDEO: "VideoObject",
  REPORT: "Report",
  PRESS_RELEASE: "Article",
};

export interface JsonLdEntity {
  slug: string;
  name: string;
  /** PERSON, ORGANIZATION or PRODUCT; a publisher known only by name is an Organization. */
  kind?: string;
}

export interface JsonLdSource {
  id: number;
  type: string;
  title: string;
  url: string | null;
  lang: string;
  issued: Date | null;
  issuedPrecision: DatePrecision | null;
  containerTitle: string | null;
  publisher: JsonLdEntity | null;
  archiveUrl?: string | null;
  /** CSL names as stored; absent where the page has no authors to show. */
  authors?: unknown;
}

export const ref = (id: string) => ({ "@id": id });

/** One node or a list of them, as schema.org properties take either. */
export const oneOrMany = <T>(items: T[]): T | T[] => (items.length === 1 ? items[0]! : items);

export function entityNodeId(origin: string, entity: Pick<JsonLdEntity, "slug">): string {
  return `${absoluteUrl(origin, entityPath(entity))}#entity`;
}

export function sourceNodeId(origin: string, source: Pick<JsonLdSource, "id">): string {
  return `${absoluteUrl(origin, sourcePath(source))}#source`;
}

/** Claimtrail itself, the author of its reviews. */
export function claimtrailNodeId(origin: string): string {
  return `${absoluteUrl(origin, "/")}#organization`;
}

export function schemaTypeOfEntity(kind: string | undefined): string {
  return ENTITY_TYPES[kind ?? "ORGANIZATION"] ?? "Thing";
}

export function schemaTypeOfSource(type: string): string {
  return SOURCE_TYPES[type] ?? "CreativeWork";
}

export function entityNode(entity: JsonLdEntity, origin: string, extra: JsonLdNode = {}): JsonLdNode {
  return {
    "@type": schemaTypeOfEntity(entity.kind),
    "@id": entityNodeId(origin, entity),
    name: entity.name,
    url: absoluteUrl(origin, entityPath(entity)),
    ...extra,
  };
}

/** A source, its publisher by reference (the publisher's own node is `sourcePublisherNodes`). */
export function sourceNode(source: JsonLdSource, origin: string): JsonLdNode {
  const authors = cslNames(source.authors ?? []).map((name) =>
    "literal" in name
      ? { "@type": "Organization", name: name.literal }
      : { "@type": "Person", name: [name.given, name.family].filter(Boolean).join(" ") },
  );
  const page = absoluteUrl(origin, sourcePath(source));
  return {
    "@type": schemaTypeOfSource(source.type),
    "@id": sourceNodeId(origin, source),
    name: source.title,
    url: source.url ?? page,
    ...(source.url ? { mainEntityOfPage: page } : {}),
    inLanguage: source.lang,
    ...(source.issued ? { datePublished: isoPartialDate(source.issued, source.issuedPrecision) } : {}),
    ...(source.publisher ? { publisher: ref(entityNodeId(origin, source.publisher)) } : {}),
    ...(source.containerTitle ? { isPartOf: { "@type": "CreativeWork", name: source.containerTitle } } : {}),
    ...(authors.length ? { author: oneOrMany(authors) } : {}),
    ...(source.archiveUrl ? { archivedAt: source.archiveUrl } : {}),
  };
}

/** The nodes of these entities, each once, in the order first named. */
export function uniqueEntityNodes(entities: JsonLdEntity[], origin: string): JsonLdNode[] {
  const bySlug = new Map<string, JsonLdEntity>();
  for (const entity of entities) if (!bySlug.has(entity.slug)) bySlug.set(entity.slug, entity);
  return [...bySlug.values()].map((entity) => entityNode(entity, origin));
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" is written as \u003c, which
 * JSON parsers read back unchanged, so no value can close the element ("</script>") or open a
 * comment; U+2028/U+2029 are escaped for older JavaScript-based readers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
