import { z } from "zod";
import { AttributionStatus, ClaimRank, SourceType } from "../db/generated/enums";
import { parseRecordId } from "../domain/record-id";
import { fieldMessages } from "../editing/validation";
import { FILTER_FIELDS, SORTS, type FilterField, type SearchQuery } from "./contract";

// GET /api/search's parameters, parsed once for the API and the search page alike.

export const MAX_QUERY_LENGTH = 512;
const MAX_VALUES_PER_FIELD = 50;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine(
    (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    "is not a real date",
  );

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a slug such as jensen-huang")
  .max(200);
const values = <T extends z.ZodType>(schema: T) =>
  z.array(schema).max(MAX_VALUES_PER_FIELD, `takes at most ${MAX_VALUES_PER_FIELD} values`).optional();

const FILTER_SCHEMAS = {
  speaker: values(slug),
  org: values(slug),
  entity: values(slug),
  source: values(z.string().refine((value) => parseRecordId(value) !== null, "must be a source id")),
  sourceType: values(z.enum(Object.values(SourceType) as [string, ...string[]])),
  publisher: values(slug),
  lang: values(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a BCP 47 language tag such as en or zh-Hant")),
  status: values(z.enum(Object.values(AttributionStatus) as [string, ...string[]])),
  rank: values(z.enum(Object.values(ClaimRank) as [string, ...string[]])),
  tag: values(slug),
} satisfies Record<FilterField, z.ZodType>;

export const ZSearchParams = z
  .strictObject({
    q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`).default(""),
    ...FILTER_SCHEMAS,
    from: isoDate.optional(),
    to: isoDate.optional(),
    sort: z.enum(SORTS, { error: `must be one of ${SORTS.join(", ")}` }).default("relevance"),
    page: z.coerce
      .number({ error: "must be a whole number" })
      .int("must be a whole number")
      .min(1, "must be 1 or more")
      .max(10_000, "must be at most 10000")
      .default(1),
    perPage: z.coerce
      .number({ error: "must be a whole number" })
      .int("must be a whole number")
      .min(1, "must be between 1 and 100")
      .max(100, "must be between 1 and 100")
      .default(20),
    // Entities matching q to answer beside the claims (the search box's suggestions), in the same request.
    suggest: z.coerce
      .number({ error: "must be a whole number" })
      .int("must be a whole number")
      .min(0, "must be between 0 and 10")
      .max(10, "must be between 0 and 10")
      .default(0),
  })
  .refine((params) => !params.from || !params.to || params.from <= params.to, { path: ["to"], message: "must not be before from" });

const SCALARS = ["q", "from", "to", "sort", "page", "perPage", "suggest"] as const;

/** URL parameters as the schema reads them: filter fields as lists, the rest single. */
function searchParamsInput(params: URLSearchParams): { input: Record<string, unknown>; repeated: string[] } {
  const input: Record<string, unknown> = {};
  const repeated: string[] = [];
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    if ((FILTER_FIELDS as readonly string[]).includes(key)) input[key] = all;
    else {
      if (all.length > 1 && (SCALARS as readonly string[]).includes(key)) repeated.push(key);
      input[key] = all[0];
    }
  }
  return { input, repeated };
}

export type SearchParamsResult = { ok: true; query: SearchQuery; suggest: number } | { ok: false; fields: Record<string, string> };

export function parseSearchParams(params: URLSearchParams): SearchParamsResult {
  const { input, repeated } = searchParamsInput(params);
  const parsed = ZSearchParams.safeParse(input);
  const fields: Record<string, string> = Object.fromEntries(repeated.map((key) => [key, "must be given once"]));
  if (!parsed.success)
    Object.assign(fields, { ...fieldMessages(parsed.error, { unknownKey: "is not a search parameter", topLevel: true }), ...fields });
  if (!parsed.success || Object.keys(fields).length) return { ok: false, fields };
  const { q, from, to, sort, page, perPage, suggest, ...filterValues } = parsed.data;
  const filters = Object.fromEntries(Object.entries(filterValues).filter(([, list]) => list.length > 0)) as SearchQuery["filters"];
  return { ok: true, query: { q, filters, from, to, sort, page, perPage }, suggest };
}
