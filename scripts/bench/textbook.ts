import type { Db } from "../../lib/db/client";
import type { SearchQuery } from "../../lib/search/contract";

// The textbook Postgres full-text search, measured beside the engine in the same run and on
// the same rows as a reference: a stored tsvector ('simple' configuration over every string
// of the document), a GIN index, the top 20 by ts_rank and a count, in one statement. It
// does less than the engine: no typos, no prefix, no facets, no filters, no highlights, and
// Chinese only where the text has spaces.

/** Copies the engine's documents into the reference table and indexes it; returns the time taken. */
export async function buildTextbook(db: Db): Promise<{ ms: number; bytes: number }> {
  const began = performance.now();
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS textbook_fts`);
  await db.$executeRawUnsafe(
    `CREATE TABLE textbook_fts AS SELECT id, document, to_tsvector('simple', document) AS tsv FROM search_documents`,
  );
  await db.$executeRawUnsafe(`CREATE INDEX textbook_fts_tsv_idx ON textbook_fts USING GIN (tsv)`);
  await db.$executeRawUnsafe(`VACUUM (ANALYZE) textbook_fts`);
  const ms = performance.now() - began;
  const [row] = await db.$queryRawUnsafe<{ bytes: number }[]>(`SELECT pg_total_relation_size('textbook_fts')::float8 AS bytes`);
  return { ms, bytes: row!.bytes };
}

/** The reference query; the filters of the query mix are ignored, as the textbook query has none. */
export function textbookSearcher(db: Db) {
  return {
    async search(query: Pick<SearchQuery, "q">): Promise<{ total: number }> {
      // With no words, every document matches (the home page); otherwise the GIN index finds them.
      const words = query.q.trim().length > 0;
      const where = words ? `WHERE tsv @@ websearch_to_tsquery('simple', $1)` : "";
      const rank = words ? `ts_rank(tsv, websearch_to_tsquery('simple', $1)) DESC` : "id";
      const [row] = await db.$queryRawUnsafe<{ total: number }[]>(
        `SELECT (SELECT count(*)::int FROM textbook_fts ${where}) AS total,
                (SELECT json_agg(top.document) FROM (SELECT document FROM textbook_fts ${where} ORDER BY ${rank} LIMIT 20) AS top) AS page`,
        ...(words ? [query.q] : []),
      );
      return { total: row?.total ?? 0 };
    },
  };
}
