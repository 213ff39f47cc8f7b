import "server-only";
import type { Db } from "../../db/client";
import type { EntityDocument, EntityKindName, EntityQuery, EntityResult } from "../contract";
import { ENTITY_TIERS, emptyKindCounts, entitySortName, entityTierTexts, toEntityHit } from "../entity-document";
import { matcherFor, type ParsedQuery } from "../query";
import { terms } from "../text";
import { excludedQuery, leadingPartsQuery, tsvectorLiteral, type PartOptions, type Weight } from "./tsquery";
import { tsquerySql, typoVariantsCte } from "./typos";
import { LONG_TRANSACTION, recordTerms } from "./write";

// The Postgres engine's entity index: search_entities, one row per live entity, searched
// with the claim index's terms, typo variants and tsquery forms, every word required.

/** The entity's own names weigh A, its affiliates' names B. */
const ENTITY_WEIGHTS: Record<(typeof ENTITY_TIERS)[number], Weight> = { names: "A", related: "B" };

function entityRow(document: EntityDocument) {
  const texts = entityTierTexts(document);
  const fields = ENTITY_TIERS.flatMap((tier) => texts[tier].map((text) => ({ weight: ENTITY_WEIGHTS[tier], terms: terms(text) })));
  return {
    row: {
      id: document.id,
      entity_id: document.entityId,
      kind: document.kind,
      sort_name: entitySortName(document),
      claim_count: document.claimCount,
      document,
      tsv: tsvectorLiteral(fields),
    },
    terms: fields.flatMap((field) => field.terms),
  };
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function insertEntities(tx: Tx, documents: EntityDocument[]): Promise<void> {
  if (documents.length === 0) return;
  const built = documents.map(entityRow);
  await tx.$executeRawUnsafe(
    `INSERT INTO search_entities (id, entity_id, kind, sort_name, claim_count, document, tsv)
     SELECT id, entity_id, kind, sort_name, claim_count, document, tsv::tsvector
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, entity_id int, kind text, sort_name text, claim_count int, document jsonb, tsv text)
     ON CONFLICT (id) DO UPDATE SET entity_id = EXCLUDED.entity_id, kind = EXCLUDED.kind, sort_name = EXCLUDED.sort_name,
       claim_count = EXCLUDED.claim_count, document = EXCLUDED.document, tsv = EXCLUDED.tsv, updated_at = now()`,
    JSON.stringify(built.map((item) => item.row)),
  );
  await recordTerms(
    tx,
    built.flatMap((item) => item.terms),
  );
}

export function writeEntities(db: Db, documents: EntityDocument[]): Promise<void> {
  return db.$transaction((tx) => insertEntities(tx, documents), LONG_TRANSACTION);
}

/** The whole index replaced in one transaction: readers see the old rows until it commits. */
export function replaceEntities(db: Db, documents: EntityDocument[]): Promise<void> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`DELETE FROM search_entities`);
    for (let at = 0; at < documents.length; at += 500) await insertEntities(tx, documents.slice(at, at + 500));
  }, LONG_TRANSACTION);
}

export async function removeEntities(db: Db, documentIds: string[]): Promise<void> {
  if (documentIds.length) await db.$executeRawUnsafe(`DELETE FROM search_entities WHERE id = ANY($1::text[])`, documentIds);
}

/**
 * One statement: the page, the total and the count per kind (without the kind filter).
 * Ordered as Meilisearch's entity rules (meilisearch/entity-index.ts): typos, proximity, the
 * entity's own names before its affiliates', exactness, then claim count and name.
 */
export function buildEntitySearchSql(query: EntityQuery, parsed: ParsedQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const n = parsed.parts.length;
  const tsquery = (options: PartOptions & { adjacent?: boolean }) => tsquerySql(leadingPartsQuery(parsed, n, options), param);
  const typoVariants = typoVariantsCte(parsed, param);
  const conditions: string[] = [];
  if (n > 0) conditions.push(`tsv @@ ${tsquery({ typos: true })}`);
  const excluded = excludedQuery(parsed);
  if (excluded) conditions.push(`NOT (tsv @@ ${param(excluded)}::tsquery)`);
  const ofKind = query.kinds.length ? `WHERE kind = ANY(${param(query.kinds)}::text[])` : "";
  const order = [
    ...(n > 0
      ? [
          `(NOT tsv @@ ${tsquery({ typos: false })})::int`,
          n > 1 ? `(NOT tsv @@ ${tsquery({ typos: true, adjacent: true })})::int` : null,
          `(NOT tsv @@ ${tsquery({ typos: true, weights: ENTITY_WEIGHTS.names })})::int`,
          `ts_rank_cd(tsv, ${tsquery({ typos: true })}, 1) DESC`,
          "claim_count DESC",
        ].filter(Boolean)
      : []),
    // Byte order, as Meilisearch compares strings, whatever the database's collation.
    `sort_name COLLATE "C"`,
    "id",
  ].join(", ");
  const offset = (query.page - 1) * query.perPage;
  const sql = `
    WITH ${typoVariants ? `${typoVariants},` : ""}
    matches AS MATERIALIZED (SELECT id, kind, sort_name, claim_count, document, tsv FROM search_entities ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""}),
    page AS MATERIALIZED (SELECT document, row_number() OVER (ORDER BY ${order}) AS place FROM matches ${ofKind} ORDER BY ${order} LIMIT ${query.perPage} OFFSET ${offset})
    SELECT
      (SELECT count(*)::int FROM matches ${ofKind}) AS total,
      (SELECT json_agg(document ORDER BY place) FROM page) AS page,
      (SELECT json_object_agg(kind, count) FROM (SELECT kind, count(*)::int AS count FROM matches GROUP BY kind) AS k) AS kinds`;
  return { sql, params };
}

interface EntityResultRow {
  total: number;
  page: EntityDocument[] | null;
  kinds: Partial<Record<EntityKindName, number>> | null;
}

export async function searchEntities(db: Db, query: EntityQuery, parsed: ParsedQuery): Promise<EntityResult> {
  const { sql, params } = buildEntitySearchSql(query, parsed);
  const [row] = await db.$queryRawUnsafe<EntityResultRow[]>(sql, ...params);
  const isMatch = matcherFor(parsed);
  return {
    total: row?.total ?? 0,
    page: query.page,
    perPage: query.perPage,
    hits: (row?.page ?? []).map((document) => toEntityHit(document, isMatch)),
    kinds: { ...emptyKindCounts(), ...row?.kinds },
  };
}
