import { generateAtomFeed } from "feedsmith";
import { saidBy } from "../claims/claim-byline";
import { claimTitle } from "../claims/claim-page-metadata";
import { mainStatement } from "../claims/claim-page-format";
import { absoluteUrl } from "../http/public-origin";
import { claimIdPath, claimPath, entityPath } from "../routes";
import type { ClaimFeed, FeedClaim } from "./claim-feed";

// A feed as Atom (RFC 4287), written by feedsmith. Titles and summaries are text constructs
// (type="text"), which the library escapes, so a claim's words are never read as markup.
// Each entry's id is the claim's id-only address: it redirects to the permalink and stays the
// same when the slug changes. Its language is that of its words (xml:lang).

/** Claimtrail's own words around the entries. */
const FEED_LANGUAGE = "en";

function entry(claim: FeedClaim, origin: string) {
  const quote = claim.quotes[0];
  const statement = mainStatement(claim.statements);
  const words = quote ?? statement;
  return {
    id: absoluteUrl(origin, claimIdPath(claim)),
    title: { value: claimTitle({ ...claim, quotes: quote ? [quote] : [] }), type: "text", ...(quote ? { xml: { lang: quote.lang } } : {}) },
    ...(statement ? { summary: { value: statement.text, type: "text", xml: { lang: statement.lang } } } : {}),
    links: [{ href: absoluteUrl(origin, claimPath(claim)), rel: "alternate", type: "text/html" }],
    published: claim.createdAt,
    updated: claim.updatedAt,
    // Who said it, as the page's byline; a misattributed claim nobody is known to have said has the feed's author.
    authors: saidBy(claim).map((person) => ({ name: person.name, uri: absoluteUrl(origin, entityPath(person)) })),
    categories: claim.tags.map((tag) => ({ term: tag.slug, label: tag.label })),
    ...(words ? { xml: { lang: words.lang } } : {}),
  };
}

export function claimFeedAtom(feed: ClaimFeed, origin: string): string {
  return generateAtomFeed({
    id: absoluteUrl(origin, feed.path),
    title: { value: feed.title, type: "text" },
    updated: feed.updated,
    authors: [{ name: "Claimtrail", uri: absoluteUrl(origin, "/") }],
    icon: absoluteUrl(origin, "/icon.svg"),
    links: [
      { href: absoluteUrl(origin, feed.path), rel: "self", type: "application/atom+xml" },
      { href: absoluteUrl(origin, feed.pagePath), rel: "alternate", type: "text/html" },
    ],
    xml: { lang: FEED_LANGUAGE },
    entries: feed.claims.map((claim) => entry(claim, origin)),
  });
}
