import "server-only";
import { z } from "zod";
import { hasRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { toJson } from "../editing/json";
import { parseInput } from "../editing/validation";
import { CLAIM_INCLUDE } from "../claims/claim-record";
import { ENTITY_INCLUDE } from "../entities/entity-record";
import { QUOTE_INCLUDE } from "../quotes/quote-record";
import type { EditableRecordType } from "../records/editable-records";
import { AppError } from "../errors";
import { digestEtag, latest, weakEtag, type Validator } from "../http/conditional-request";
import { readableClaims } from "../claims/readable-claims";

// The API's reads: each record exactly as the edit log snapshots it, `version` included, so a
// script can read, change and PATCH without scraping pages. Drafts are for editors only, and
// that rule sits in each query's `where`, so no read can forget it.

/** A read's body with the validator of the rows it was built from. */
export interface ValidatedRead {
  body: unknown;
  validator: Validator;
}

interface VersionedRow {
  id: number;
  version: number;
  updatedAt?: Date;
  createdAt: Date;
}

// A record's JSON is its row and the parts only its own edits change (a claim's statements, a
// quote's translations, an entity's names), and every such edit raises the version.
const rowTag = (type: EditableRecordType, row: VersionedRow) =>
  `${type}${row.id}v${row.version}t${(row.updatedAt ?? row.createdAt).getTime()}`;

function rowsValidator(rows: VersionedRow[], tags: string[]): Validator {
  return {
    etag: tags.length === 1 ? weakEtag(tags) : digestEtag(tags),
    lastModified: latest(...rows.map((row) => row.updatedAt ?? row.createdAt)),
  };
}

type IdFilter = { id: number | { gt: number } } | { slug: string };

const ZPage = z.object({
  after: z.coerce.number().int().min(0).max(2_147_483_647).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

function finders(db: Db, actor: Actor) {
  // A quote or citation is as public as the claim it belongs to.
  const claim = readableClaims(actor);
  // Editors see every citation: an empty relation filter ({ claim: {} }) would match no citation of a claim as a whole.
  const citationOfVisibleClaim = hasRole(actor, "EDITOR") ? {} : { OR: [{ quote: { claim } }, { claim }] };
  const ids = (filter: IdFilter) => ("id" in filter ? { id: filter.id } : { id: -1 });
  return {
    claim: (filter: IdFilter, take: number) =>
      db.claim.findMany({ where: { ...ids(filter), ...claim }, include: CLAIM_INCLUDE, orderBy: { id: "asc" }, take }),
    quote: (filter: IdFilter, take: number) =>
      db.quote.findMany({ where: { ...ids(filter), claim }, include: QUOTE_INCLUDE, orderBy: { id: "asc" }, take }),
    source: (filter: IdFilter, take: number) => db.source.findMany({ where: ids(filter), orderBy: { id: "asc" }, take }),
    entity: (filter: IdFilter, take: number) =>
      db.entity.findMany({ where: filter, include: ENTITY_INCLUDE, orderBy: { id: "asc" }, take }),
    citation: (filter: IdFilter, take: number) =>
      db.citation.findMany({ where: { ...ids(filter), ...citationOfVisibleClaim }, orderBy: { id: "asc" }, take }),
  } satisfies Record<EditableRecordType, unknown>;
}

/** One record by id (an entity by id or slug); 404 when there is none this actor may see. */
export async function readRecord(db: Db, actor: Actor, type: EditableRecordType, idOrSlug: string): Promise<ValidatedRead> {
  const filter: IdFilter | null =
    /^[1-9]\d{0,9}$/.test(idOrSlug) && Number(idOrSlug) <= 2_147_483_647
      ? { id: Number(idOrSlug) }
      : type === "entity"
        ? { slug: idOrSlug }
        : null;
  const [row] = filter ? await finders(db, actor)[type](filter, 1) : [];
  if (!row) throw new AppError("not_found", `No such ${type}.`);
  return { body: toJson(row), validator: rowsValidator([row], [rowTag(type, row)]) };
}

/** A page of records in id order: `?after=<last id seen>&limit=<1-100>`; `next` is the following page's `after`. */
export async function listRecords(db: Db, actor: Actor, type: EditableRecordType, query: URLSearchParams): Promise<ValidatedRead> {
  const page = parseInput(ZPage, Object.fromEntries(query));
  const rows: VersionedRow[] = await finders(db, actor)[type]({ id: { gt: page.after } }, page.limit);
  const next = rows.length === page.limit ? rows.at(-1)!.id : null;
  // The page's rows and where the next begins; an empty page is told apart by its query.
  const tags = [`list-${type}-${page.after}-${page.limit}-${next ?? "end"}`, ...rows.map((row) => rowTag(type, row))];
  return { body: { items: rows.map(toJson), next }, validator: rowsValidator(rows, tags) };
}
