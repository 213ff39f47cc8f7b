import { z } from "zod";
import { hasRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { toJson } from "../editing/json";
import { parseInput } from "../editing/validation";
import { CLAIM_INCLUDE } from "../editing/records/claim";
import { ENTITY_INCLUDE } from "../editing/records/entity";
import { QUOTE_INCLUDE } from "../editing/records/quote";
import type { EditableRecordType } from "../editing/records";
import { AppError } from "../errors";

// The API's reads: each record exactly as the edit log snapshots it, `version` included, so a
// script can read, change and PATCH without scraping pages. Drafts are for editors only, and
// that rule sits in each query's `where`, so no read can forget it.

type IdFilter = { id: number | { gt: number } } | { slug: string };

const ZPage = z.object({
  after: z.coerce.number().int().min(0).max(2_147_483_647).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

function finders(db: Db, actor: Actor) {
  // A quote or citation is as public as the claim it belongs to.
  const claim = hasRole(actor, "EDITOR") ? {} : { state: "PUBLISHED" as const };
  const ids = (filter: IdFilter) => ("id" in filter ? { id: filter.id } : { id: -1 });
  return {
    claim: (filter: IdFilter, take: number) => db.claim.findMany({ where: { ...ids(filter), ...claim }, include: CLAIM_INCLUDE, orderBy: { id: "asc" }, take }),
    quote: (filter: IdFilter, take: number) => db.quote.findMany({ where: { ...ids(filter), claim }, include: QUOTE_INCLUDE, orderBy: { id: "asc" }, take }),
    source: (filter: IdFilter, take: number) => db.source.findMany({ where: ids(filter), orderBy: { id: "asc" }, take }),
    entity: (filter: IdFilter, take: number) => db.entity.findMany({ where: filter, include: ENTITY_INCLUDE, orderBy: { id: "asc" }, take }),
    citation: (filter: IdFilter, take: number) =>
      db.citation.findMany({ where: { ...ids(filter), OR: [{ quote: { claim } }, { claim }] }, orderBy: { id: "asc" }, take }),
  } satisfies Record<EditableRecordType, unknown>;
}

/** One record by id (an entity by id or slug); 404 when there is none this actor may see. */
export async function readRecord(db: Db, actor: Actor, type: EditableRecordType, idOrSlug: string) {
  const filter: IdFilter | null = /^[1-9]\d{0,9}$/.test(idOrSlug) && Number(idOrSlug) <= 2_147_483_647 ? { id: Number(idOrSlug) } : type === "entity" ? { slug: idOrSlug } : null;
  const [row] = filter ? await finders(db, actor)[type](filter, 1) : [];
  if (!row) throw new AppError("not_found", `No such ${type}.`);
  return toJson(row);
}

/** A page of records in id order: `?after=<last id seen>&limit=<1-100>`; `next` is the following page's `after`. */
export async function listRecords(db: Db, actor: Actor, type: EditableRecordType, query: URLSearchParams) {
  const page = parseInput(ZPage, Object.fromEntries(query));
  const rows: { id: number }[] = await finders(db, actor)[type]({ id: { gt: page.after } }, page.limit);
  return { items: rows.map(toJson), next: rows.length === page.limit ? rows.at(-1)!.id : null };
}
