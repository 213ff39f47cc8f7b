import { BIBLIOGRAPHY_STYLES, formatBibliography, type FormattedCitation } from "../citations/format-citation";
import { claimPath } from "../routes";
import { citedCitationOf, claimCslItem } from "./claim-page-citation";
import { claimJsonLd } from "./claim-page-json-ld";
import { serializeJsonLd } from "../json-ld/schema-nodes";
import { absoluteUrl } from "../http/public-origin";
import type { ClaimPage, ClaimPageSource } from "./find-claim-page";

// What the claim page derives from the loaded claim and the address it is served at.

export interface ClaimPageExtras {
  permalink: string;
  citations: FormattedCitation[];
  citedSource: ClaimPageSource | null;
  jsonLd: string;
}

export function claimPageExtras(claim: ClaimPage, origin: string): ClaimPageExtras {
  const permalink = absoluteUrl(origin, claimPath(claim));
  const item = claimCslItem(claim, origin);
  return {
    permalink,
    citations: item ? BIBLIOGRAPHY_STYLES.map(({ id }) => formatBibliography(item, id)) : [],
    citedSource: citedCitationOf(claim)?.source ?? null,
    jsonLd: serializeJsonLd(claimJsonLd(claim, permalink, origin)),
  };
}
