import { cslNames } from "../citations/csl";
import { entityPath, sourcePath } from "../routes";
import { VERDICT_LABELS, VERDICT_RATINGS } from "./claim-page-explanations";
import { isoPartialDate } from "../domain/partial-date";
import { isMisattributed, saidBy } from "./claim-byline";
import { mainStatement } from "./claim-page-format";
import { absoluteUrl } from "../http/public-origin";
import type { ClaimPage, ClaimPageSource } from "./find-claim-page";

// The claim as schema.org data for search engines and other machines: the quotation, the
// claim it makes and, only when Claimtrail has ruled on it, the review.

type Node = Record<string, unknown>;

const ENTITY_TYPES: Record<string, string> = { PERSON: "Person", ORGANIZATION: "Organization", PRODUCT: "Product" };

const SOURCE_TYPES: Record<string, string> = {
  ARTICLE: "NewsArticle",
  PODCAST_EPISODE: "PodcastEpisode",
  BLOG_POST: "BlogPosting",
  SOCIAL_POST: "SocialMediaPosting",
  DATASET: "Dataset",
  VIDEO: "VideoObject",
  REPORT: "Report",
};

function sourceNode(source: ClaimPageSource, origin: string): Node {
  const authors = cslNames(source.authors).map((name) =>
    "literal" in name ? { "@type": "Organization", name: name.literal } : { "@type": "Person", name: [name.given, name.family].filter(Boolean).join(" ") },
  );
  return {
    "@type": SOURCE_TYPES[source.type] ?? "CreativeWork",
    name: source.title,
    url: source.url ?? absoluteUrl(origin, sourcePath(source)),
    inLanguage: source.lang,
    ...(source.issued ? { datePublished: isoPartialDate(source.issued, source.issuedPrecision) } : {}),
    ...(source.publisher ? { publisher: { "@type": "Organization", name: source.publisher.name } } : {}),
    ...(source.containerTitle ? { isPartOf: { "@type": "CreativeWork", name: source.containerTitle } } : {}),
    ...(authors.length ? { author: authors } : {}),
    ...(source.archiveUrl ? { archivedAt: source.archiveUrl } : {}),
  };
}

/** The JSON-LD graph of a claim page at `canonicalUrl`. */
export function claimJsonLd(page: ClaimPage, canonicalUrl: string, origin: string): Node {
  // Who said it (a misattributed claim's actual speaker, if known): one node, or one per co-speaker.
  const people = saidBy(page).map((person) => ({ "@type": ENTITY_TYPES[person.kind] ?? "Thing", name: person.name, url: absoluteUrl(origin, entityPath(person)) }));
  const said = people.length ? { spokenByCharacter: people.length === 1 ? people[0] : people, creator: people.length === 1 ? people[0] : people } : {};
  const author = people.length ? { author: people.length === 1 ? people[0] : people } : {};
  const misattribution = isMisattributed(page)
    ? {
        description: [
          `Misattributed to ${page.speaker.name}${page.misattributedBy ? ` by ${page.misattributedBy.name}` : ""}.`,
          page.actualSpeaker ? `${page.actualSpeaker.name} said it.` : "Who said it is not known.",
          page.misattributionEvidence ? `Evidence: ${page.misattributionEvidence}` : "",
        ].filter(Boolean).join(" "),
      }
    : {};
  const datePublished = page.claimedAt ? { datePublished: isoPartialDate(page.claimedAt, page.claimedAtPrecision) } : {};
  const statement = mainStatement(page.statements);
  const sources = [...new Map(page.citations.map((citation) => [citation.sourceId, citation.source])).values()];
  const primary = page.citations.find((citation) => citation.role === "PRIMARY")?.source;

  const quotations: Node[] = page.quotes.map((quote) => {
    const basedOn = quote.citations.find((citation) => citation.role === "PRIMARY") ?? quote.citations[0];
    return {
      "@type": "Quotation",
      "@id": `${canonicalUrl}#quote-${quote.id}`,
      url: canonicalUrl,
      text: quote.text,
      inLanguage: quote.lang,
      ...said,
      ...datePublished,
      ...(basedOn ? { isBasedOn: sourceNode(basedOn.source, origin) } : {}),
      ...(quote.translations.length
        ? { workTranslation: quote.translations.map((translation) => ({ "@type": "Quotation", text: translation.text, inLanguage: translation.lang })) }
        : {}),
    };
  });

  const claim: Node = {
    "@type": "Claim",
    "@id": `${canonicalUrl}#claim`,
    url: canonicalUrl,
    ...(statement ? { text: statement.text, inLanguage: statement.lang } : {}),
    ...author,
    ...misattribution,
    ...datePublished,
    ...(sources.length ? { appearance: sources.map((source) => sourceNode(source, origin)) } : {}),
    ...(primary ? { firstAppearance: sourceNode(primary, origin) } : {}),
  };

  const rating = page.verdict ? VERDICT_RATINGS[page.verdict] : null;
  const review: Node[] = page.verdict
    ? [
        {
          "@type": "ClaimReview",
          url: canonicalUrl,
          ...(statement ? { claimReviewed: statement.text } : {}),
          itemReviewed: { "@id": `${canonicalUrl}#claim` },
          author: { "@type": "Organization", name: "Claimtrail", url: origin },
          dateModified: page.updatedAt.toISOString(),
          reviewRating: {
            "@type": "Rating",
            alternateName: VERDICT_LABELS[page.verdict] ?? page.verdict,
            ...(rating !== null && rating !== undefined ? { ratingValue: rating, bestRating: 5, worstRating: 1 } : {}),
          },
          ...(page.verdictNote ? { reviewBody: page.verdictNote } : {}),
        },
      ]
    : [];

  return { "@context": "https://schema.org", "@graph": [...quotations, claim, ...review] };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" is written as \u003c, which
 * JSON parsers read back unchanged, so no value can close the element ("</script>") or open a
 * comment; U+2028/U+2029 are escaped for older JavaScript-based readers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
