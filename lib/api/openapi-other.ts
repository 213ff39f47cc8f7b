import { z } from "zod";
import { EXPORT_FORMATS } from "../citations/format-citation";
import { FILTER_FIELDS } from "../search/contract";
import { ENTITY_KINDS } from "../search/contract";
import { ZEntitySearchParams } from "../search/entity-search-params";
import { ZSearchParams } from "../search/search-params";
import { errorResponse, OTHER_ERRORS } from "./openapi-errors";

// The endpoints that are not records: search, citation files, health, this document and the
// three sign-in endpoints a script uses. Search's parameters come from the schema that parses them.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const anyone = [{}, { session: [] }, { apiToken: [] }];

function queryParameters(shape: Record<string, unknown>, lists: readonly string[]): object[] {
  return Object.entries(shape).map(([name, schema]) => {
    const {
      $schema: _schema,
      default: fallback,
      ...json
    } = z.toJSONSchema(schema as z.ZodType, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
    const list = lists.includes(name);
    const numeric = ["page", "perPage", "suggest"].includes(name);
    return {
      name,
      in: "query",
      required: false,
      ...(list
        ? {
            style: "form",
            explode: true,
            description: `Filter: repeat the parameter for each value (OR within ${name}, AND across fields).`,
          }
        : {}),
      schema: { ...json, ...(numeric ? { type: "integer" } : {}), ...(fallback === undefined ? {} : { default: fallback }) },
    };
  });
}

const labelled = { type: "object", required: ["slug", "name"], properties: { slug: { type: "string" }, name: { type: "string" } } };
const segments = {
  type: "array",
  items: { type: "object", required: ["value", "match"], properties: { value: { type: "string" }, match: { type: "boolean" } } },
};

export const OTHER_SCHEMAS = {
  SearchHit: {
    type: "object",
    required: [
      "claimId",
      "claimSlug",
      "quoteId",
      "text",
      "lang",
      "translations",
      "speaker",
      "source",
      "claimedAt",
      "claimedAtPrecision",
      "status",
      "rank",
      "statement",
      "highlight",
      "matchedNames",
    ],
    properties: {
      claimId: { type: "integer" },
      claimSlug: { type: "string" },
      quoteId: { type: ["integer", "null"] },
      text: { type: "string" },
      lang: { type: "string" },
      translations: {
        type: "array",
        items: { type: "object", required: ["lang", "text"], properties: { lang: { type: "string" }, text: { type: "string" } } },
      },
      speaker: labelled,
      source: {
        anyOf: [
          { type: "object", required: ["id", "title"], properties: { id: { type: "integer" }, title: { type: "string" } } },
          { type: "null" },
        ],
      },
      claimedAt: { type: ["string", "null"], description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as it is known." },
      claimedAtPrecision: { type: ["string", "null"], enum: ["YEAR", "MONTH", "DAY", null] },
      status: { type: "string" },
      rank: { type: "string" },
      statement: { type: ["string", "null"] },
      highlight: {
        type: "object",
        required: ["text", "translations", "statement"],
        properties: { text: segments, translations: { type: "array", items: segments }, statement: segments },
      },
      matchedNames: {
        type: "array",
        items: {
          type: "object",
          required: ["field", "value", "segments"],
          properties: { field: { type: "string" }, value: { type: "string" }, of: { type: ["string", "null"] }, segments },
        },
      },
    },
  },
  EntityHit: {
    type: "object",
    required: ["slug", "kind", "name", "names", "description", "claimCount", "highlight"],
    properties: {
      slug: { type: "string" },
      kind: { type: "string", enum: [...ENTITY_KINDS] },
      name: { type: "string" },
      names: {
        type: "array",
        items: { type: "object", required: ["lang", "value"], properties: { lang: { type: "string" }, value: { type: "string" } } },
      },
      description: { type: "string", description: "One line: who or what this is." },
      claimCount: { type: "integer" },
      highlight: {
        type: "object",
        required: ["name", "aliases"],
        properties: {
          name: segments,
          aliases: {
            type: "array",
            items: { type: "object", required: ["value", "segments"], properties: { value: { type: "string" }, segments } },
          },
        },
      },
    },
  },
  EntityResult: {
    type: "object",
    required: ["query", "total", "page", "perPage", "hits", "kinds"],
    properties: {
      query: { type: "object", description: "The query as parsed, defaults filled in." },
      total: { type: "integer" },
      page: { type: "integer" },
      perPage: { type: "integer" },
      hits: { type: "array", items: ref("EntityHit") },
      kinds: {
        type: "object",
        description: "Matches per kind, counted without the kind filter.",
        properties: Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, { type: "integer" }])),
      },
    },
  },
  SearchResult: {
    type: "object",
    required: ["engine", "query", "total", "totalIsEstimate", "page", "perPage", "hits", "facets", "facetsAreEstimates", "tookMs"],
    properties: {
      engine: { type: "string", enum: ["postgres", "meilisearch"] },
      query: { type: "object", description: "The query as parsed, defaults filled in." },
      total: { type: "integer", description: 'Matching claims; an estimate ("about 36,000") when totalIsEstimate.' },
      totalIsEstimate: { type: "boolean" },
      page: { type: "integer" },
      perPage: { type: "integer" },
      hits: { type: "array", items: ref("SearchHit") },
      facets: {
        type: "object",
        description: "Per filter field, its values with counts; a filtered field is counted without its own filter.",
        properties: Object.fromEntries(
          FILTER_FIELDS.map((field) => [
            field,
            {
              type: "array",
              items: {
                type: "object",
                required: ["value", "label", "count"],
                properties: { value: { type: "string" }, label: { type: "string" }, count: { type: "integer" } },
              },
            },
          ]),
        ),
      },
      facetsAreEstimates: { type: "boolean" },
      suggestions: {
        type: "array",
        items: ref("EntityHit"),
        description: "With suggest=n: up to n people, organisations and products matching q.",
      },
      tookMs: { type: "number" },
    },
  },
  Health: {
    type: "object",
    required: ["status", "database"],
    properties: {
      status: { type: "string", enum: ["ok", "degraded", "error"] },
      database: { type: "string", enum: ["ok", "unreachable"] },
      search: { type: "object", properties: { engine: { type: "string" }, status: { type: "string" }, lag: { type: "object" } } },
    },
  },
  SignIn: {
    type: "object",
    required: ["email", "password"],
    properties: { email: { type: "string", format: "email" }, password: { type: "string", minLength: 1 }, rememberMe: { type: "boolean" } },
  },
  Session: { type: "object", description: "Better Auth's answer: the signed-in user (and session for get-session)." },
};

const citationFiles = Object.fromEntries(
  [...Object.values(EXPORT_FORMATS).map(({ contentType }) => contentType.split(";")[0]!), "application/ld+json"].map((type) => [
    type,
    { schema: type.endsWith("json") ? { type: "object" } : { type: "string" } },
  ]),
);

export const TAGS = [
  { name: "search", description: "Full-text search with facets." },
  { name: "claims", description: "Claims: statements, speakers, dates, attribution." },
  { name: "quotes", description: "Verbatim words, their translations and citations." },
  { name: "sources", description: "Where things were said or relayed." },
  { name: "entities", description: "People, organisations and products." },
  { name: "citations", description: "Where in a source, in exact words." },
  { name: "revisions", description: "Every edit, kept." },
  { name: "meta", description: "Health, this document and sign-in." },
];

export const OTHER_PATHS: Record<string, Record<string, object>> = {
  "/api/search": {
    get: {
      operationId: "searchClaims",
      summary: "Search claims and quotes as you type, with filters and facets",
      tags: ["search"],
      security: anyone,
      parameters: queryParameters(ZSearchParams.shape, FILTER_FIELDS),
      responses: {
        "200": { description: "A page of hits with totals and facets.", content: { "application/json": { schema: ref("SearchResult") } } },
        "400": errorResponse("An invalid parameter, named in error.fields."),
        "503": errorResponse("Search is unavailable (search_unavailable); retry shortly."),
        ...OTHER_ERRORS,
      },
    },
  },
  "/api/search/entities": {
    get: {
      operationId: "searchEntities",
      summary: "Search people, organisations and products by every name and alias",
      tags: ["search"],
      security: anyone,
      parameters: queryParameters(ZEntitySearchParams.shape, ["kind"]),
      responses: {
        "200": {
          description: "A page of entities with counts per kind.",
          content: { "application/json": { schema: ref("EntityResult") } },
        },
        "400": errorResponse("An invalid parameter, named in error.fields."),
        "503": errorResponse("Search is unavailable (search_unavailable); retry shortly."),
        ...OTHER_ERRORS,
      },
    },
  },
  "/claims/{id}/cite": {
    get: {
      operationId: "citeClaim",
      summary: "A published claim's citation as a file (BibLaTeX, BibTeX, RIS, CSL-JSON or JSON-LD)",
      tags: ["claims"],
      security: anyone,
      parameters: [
        {
          name: "id",
          in: "path",
          required: true,
          schema: { type: "string", pattern: "^[1-9][0-9]*(-.*)?$" },
          description: "The permalink's segment: the id, optionally with its slug.",
        },
        { name: "format", in: "query", required: true, schema: { type: "string", enum: [...Object.keys(EXPORT_FORMATS), "json-ld"] } },
      ],
      responses: {
        "200": { description: "The file, as an attachment.", content: citationFiles },
        "400": errorResponse("Unknown format."),
        "404": errorResponse("No published claim with this id, or one that cites no source yet (no_source)."),
        ...OTHER_ERRORS,
      },
    },
  },
  "/api/health": {
    get: {
      operationId: "getHealth",
      summary: "Whether the database and the search engine answer",
      tags: ["meta"],
      security: anyone,
      responses: {
        "200": { description: "Up; `degraded` when search is down.", content: { "application/json": { schema: ref("Health") } } },
        "503": { description: "The database is unreachable (Retry-After).", content: { "application/json": { schema: ref("Health") } } },
        "4XX": OTHER_ERRORS["4XX"],
      },
    },
  },
  "/api/openapi.json": {
    get: {
      operationId: "getOpenApiDocument",
      summary: "This document",
      tags: ["meta"],
      security: anyone,
      responses: {
        "200": { description: "The OpenAPI 3.1 document.", content: { "application/json": { schema: { type: "object" } } } },
        "4XX": OTHER_ERRORS["4XX"],
      },
    },
  },
  "/api/auth/sign-in/email": {
    post: {
      operationId: "signIn",
      summary: "Sign in with email and password; the session cookie is set, and a session sent along is ended",
      tags: ["meta"],
      security: anyone,
      requestBody: { required: true, content: { "application/json": { schema: ref("SignIn") } } },
      responses: {
        "200": { description: "Signed in (Set-Cookie).", content: { "application/json": { schema: ref("Session") } } },
        "401": errorResponse("Wrong email or password (invalid_credentials)."),
        ...OTHER_ERRORS,
      },
    },
  },
  "/api/auth/sign-out": {
    post: {
      operationId: "signOut",
      summary: "End the current session",
      tags: ["meta"],
      security: [{ session: [] }],
      responses: { "200": { description: "Signed out.", content: { "application/json": { schema: ref("Session") } } }, ...OTHER_ERRORS },
    },
  },
  "/api/auth/get-session": {
    get: {
      operationId: "getSession",
      summary: "The current session and user, or null",
      tags: ["meta"],
      security: [{}, { session: [] }],
      responses: {
        "200": {
          description: "The session, or null.",
          content: { "application/json": { schema: { anyOf: [ref("Session"), { type: "null" }] } } },
        },
        ...OTHER_ERRORS,
      },
    },
  },
};
