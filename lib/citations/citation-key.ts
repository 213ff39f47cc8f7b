import type { CitationSnapshot } from "./citation-record";
import type { Tx } from "../editing/record-kind";
import { fieldPath } from "../editing/resolve";
import { AppError } from "../errors";

// A citation's natural key (citations_natural_key): what it supports, its source, kind and
// measure, where in the source (the locator), and the words with their context. Checked
// before writing for a message beside the words; the unique index still decides a race.

const KEY_FIELDS = [
  "quoteId",
  "claimId",
  "sourceId",
  "kind",
  "measure",
  "page",
  "paragraph",
  "startSeconds",
  "endSeconds",
  "exact",
  "prefix",
  "suffix",
] as const;

type CitationKey = Pick<CitationSnapshot, (typeof KEY_FIELDS)[number]>;

/** A live citation with the key of `citation` (other than `exceptId`), as a duplicate naming it; or null. */
export async function citationKeyConflict(tx: Tx, citation: CitationKey, exceptId: number | null, path: string): Promise<AppError | null> {
  const key: Partial<CitationKey> = Object.fromEntries(KEY_FIELDS.map((field) => [field, citation[field]]));
  const taken = await tx.citation.findFirst({
    where: { ...key, deprecatedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (!taken) return null;
  return new AppError(
    "duplicate",
    `Citation ${taken.id} already cites these words at this place in this source.`,
    { [fieldPath(path, "exact")]: `are already cited from this source at this place (citation ${taken.id})` },
    { existingId: taken.id },
  );
}
