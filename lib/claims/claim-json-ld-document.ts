import "server-only";
import type { Db } from "../db/client";
import { absoluteUrl } from "../http/public-origin";
import { claimPath } from "../routes";
import { claimJsonLd } from "./claim-page-json-ld";
import { findClaimPage } from "./find-claim-page";

/** The claim page's schema.org graph as a JSON-LD document, or null for no published claim. */
export async function claimJsonLdDocument(db: Db, id: number, origin: string): Promise<string | null> {
  const page = await findClaimPage(db, id);
  if (!page) return null;
  return `${JSON.stringify(claimJsonLd(page, absoluteUrl(origin, claimPath(page)), origin), null, 2)}\n`;
}
