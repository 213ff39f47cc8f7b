import { z } from "zod";
import { ENTITY_KINDS, type EntityQuery } from "./contract";
import { MAX_QUERY_LENGTH } from "./search-params";
import { fieldMessages } from "../editing/validation";

// GET /api/search/entities's parameters and the /entities page's, parsed once for both.

const wholeNumber = (min: number, max: number, message: string) =>
  z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(min, message).max(max, message);

export const DEFAULT_ENTITY_PAGE_SIZE = 50;

export const ZEntitySearchParams = z.strictObject({
  q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`).default(""),
  kind: z
    .array(z.enum(ENTITY_KINDS, { error: `must be one of ${ENTITY_KINDS.join(", ")}` }))
    .max(ENTITY_KINDS.length)
    .default([]),
  page: wholeNumber(1, 10_000, "must be between 1 and 10000").default(1),
  perPage: wholeNumber(1, 100, "must be between 1 and 100").default(DEFAULT_ENTITY_PAGE_SIZE),
});

export type EntityParamsResult = { ok: true; query: EntityQuery } | { ok: false; fields: Record<string, string> };

export function parseEntitySearchParams(params: URLSearchParams): EntityParamsResult {
  const input: Record<string, unknown> = { kind: params.getAll("kind") };
  const fields: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (key === "kind") continue;
    if (params.getAll(key).length > 1) fields[key] = "must be given once";
    input[key] = params.get(key);
  }
  const parsed = ZEntitySearchParams.safeParse(input);
  if (!parsed.success)
    Object.assign(fields, {
      ...fieldMessages(parsed.error, { unknownKey: "is not a parameter of the entity search", topLevel: true }),
      ...fields,
    });
  if (!parsed.success || Object.keys(fields).length) return { ok: false, fields };
  const { q, kind, page, perPage } = parsed.data;
  return { ok: true, query: { q, kinds: [...new Set(kind)], page, perPage } };
}
