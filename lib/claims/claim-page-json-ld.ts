import { VERDICT_LABELS, VERDICT_RATINGS } from "./claim-page-explanations";
import { isoPartialDate } from "../domain/partial-date";
import { isMisattributed, saidBy } from "./claim-byline";
import { mainStatement } from "./claim-page-format";
import {
  claimtrailNodeId,
  entityNodeId,
  oneOrMany,
  ref,
  SCHEMA_ORG_CONTEXT,
  sourceNode,
  sourceNodeId,
  uniqueEntityNodes,
  type JsonLdNode,
} from "../json-ld/schema-nodes";
import type { ClaimPage } from "./find-claim-page";

// The claim as schema.org data for search engines and other machines: the quotation, the
// claim it makes and, only when Claimtrail has ruled on it, the review. Who said it, what it
// is about and every cited source are nodes of their own (lib/json-ld/schema-nodes.ts), named
// by @id wherever they are referred to.

/** The JSON-LD graph of a claim page at `canonicalUrl`. */
export function claimJsonLd(page: ClaimPage, canonicalUrl: string, origin: string): JsonLdNode {
  // Who said it (a misattributed claim's actual speaker, if known): one node, or one per co-speaker.
  const people = saidBy(page);
  const speakers = oneOrMany(people.map((person) => ref(entityNodeId(origin, person))));
  const said = people.length ? { spokenByCharacter: speakers, creator: speakers } : {};
  const author = people.length ? { author: speakers } : {};
  const misattribution = isMisattributed(page)
    ? {
        description: [
          `Misattributed to ${page.speaker.name}${page.misattributedBy ? ` by ${page.misattributedBy.name}` : ""}.`,
          page.actualSpeaker ? `${page.actualSpeaker.name} said it.` : "Who said it is not known.",
          page.misattributionEvidence ? `Evidence: ${page.misattributionEvidence}` : "",
        ]
          .filter(Boolean)
          .join(" "),
      }
    : {};
  const datePublished = page.claimedAt ? { datePublished: isoPartialDate(page.claimedAt, page.claimedAtPrecision) } : {};
  const statement = mainStatement(page.statements);
  const sources = [...new Map(page.citations.map((citation) => [citation.sourceId, citation.source])).values()];
  const primary = page.citations.find((citation) => citation.role === "PRIMARY")?.source;
  const sourceRef = (source: { id: number }) => ref(sourceNodeId(origin, source));

  const quotations: JsonLdNode[] = page.quotes.map((quote) => {
    const basedOn = quote.citations.find((citation) => citation.role === "PRIMARY") ?? quote.citations[0];
    return {
      "@type": "Quotation",
      "@id": `${canonicalUrl}#quote-${quote.id}`,
      url: canonicalUrl,
      text: quote.text,
      inLanguage: quote.lang,
      ...said,
      ...datePublished,
      ...(basedOn ? { isBasedOn: sourceRef(basedOn.source) } : {}),
      ...(quote.translations.length
        ? {
            workTranslation: quote.translations.map((translation) => ({
              "@type": "Quotation",
              text: translation.text,
              inLanguage: translation.lang,
            })),
          }
        : {}),
    };
  });

  const claim: JsonLdNode = {
    "@type": "Claim",
    "@id": `${canonicalUrl}#claim`,
    url: canonicalUrl,
    ...(statement ? { text: statement.text, inLanguage: statement.lang } : {}),
    ...author,
    ...misattribution,
    ...datePublished,
    ...(page.about.length ? { about: oneOrMany(page.about.map((entity) => ref(entityNodeId(origin, entity)))) } : {}),
    ...(page.tags.length ? { keywords: page.tags.map((tag) => tag.label).join(", ") } : {}),
    ...(sources.length ? { appearance: sources.map(sourceRef), citation: sources.map(sourceRef) } : {}),
    ...(primary ? { firstAppearance: sourceRef(primary) } : {}),
  };

  const rating = page.verdict ? VERDICT_RATINGS[page.verdict] : null;
  const review: JsonLdNode[] = page.verdict
    ? [
        {
          "@type": "ClaimReview",
          url: canonicalUrl,
          ...(statement ? { claimReviewed: statement.text } : {}),
          itemReviewed: { "@id": `${canonicalUrl}#claim` },
          author: { "@type": "Organization", "@id": claimtrailNodeId(origin), name: "Claimtrail", url: origin },
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

  const entities = uniqueEntityNodes(
    [...people, ...page.about, ...sources.flatMap((source) => (source.publisher ? [source.publisher] : []))],
    origin,
  );
  return {
    "@context": SCHEMA_ORG_CONTEXT,
    "@graph": [...quotations, claim, ...review, ...entities, ...sources.map((source) => sourceNode(source, origin))],
  };
}
