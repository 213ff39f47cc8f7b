import { z } from "zod";
import { ZAddCitation, ZUpdateCitation } from "../citations/citation-schemas";
import { ZCreateClaim, ZLinkClaims, ZUpdateClaim } from "../claims/claim-schemas";
import { ZDeprecate } from "../editing/schema-parts";
import { ZCreateEntity, ZUpdateEntity } from "../entities/entity-schemas";
import { ZCreateSourcedQuote, ZUpdateQuote } from "../quotes/quote-schemas";
import { REVISIONED_RECORD_TYPES } from "../revisions/record-revision";
import { ZRestoreRevision } from "../revisions/revision-schemas";
import { ZCreateSource, ZLinkSources, ZUpdateSource } from "../sources/source-schemas";
import { ERROR_SCHEMA, errorResponse, OTHER_ERRORS } from "./openapi-errors";
import { OTHER_PATHS, OTHER_SCHEMAS, TAGS } from "./openapi-other";
import { RECORD_SCHEMAS, type ResponseSchemaName } from "./openapi-records";

// The write API described from the very schemas that validate it (zod 4's JSON Schema output
// is JSON Schema 2020-12, which OpenAPI 3.1 uses as is), so the document cannot drift from
// what the endpoints accept.

type Role = "EDITOR" | null;

export interface ApiEndpoint {
  method: "get" | "post" | "patch";
  path: string;
  operationId: string;
  summary: string;
  /** Who may call it; null for anyone (drafts still only for editors). */
  role: Role;
  body?: z.ZodType;
  /** The success answer's schema (lib/api/openapi-records.ts). */
  returns: ResponseSchemaName;
  creates?: boolean;
  /** A list paged by id: `after` and `limit` query parameters. */
  paged?: boolean;
}

const READS = [
  ["claims", "claim", "Claim"],
  ["quotes", "quote", "Quote"],
  ["sources", "source", "Source"],
  ["entities", "entity", "Entity"],
  ["citations", "citation", "Citation"],
] as const;

/** GET /api/<records> and /api/<records>/{id}: records with their version, drafts only to editors. */
const READ_ENDPOINTS: ApiEndpoint[] = READS.flatMap(([records, record, name]) => [
  {
    method: "get" as const,
    path: `/api/${records}`,
    operationId: `list${name === "Entity" ? "Entities" : `${name}s`}`,
    summary: `List ${records} in id order, a page at a time`,
    role: null,
    paged: true,
    returns: `${name}Page` as const,
  },
  {
    method: "get" as const,
    path: `/api/${records}/{id}`,
    operationId: `get${name}`,
    summary: `Read one ${record}${record === "entity" ? " by id or slug" : ""}, with its version`,
    role: null,
    returns: name,
  },
]);

export const API_ENDPOINTS: ApiEndpoint[] = [
  {
    method: "post",
    path: "/api/quotes",
    operationId: "createQuote",
    returns: "SourcedQuote",
    summary: "Add a sourced quote (speaker, words, claim, citations); 409 duplicate lists possible duplicates",
    role: "EDITOR",
    body: ZCreateSourcedQuote,
    creates: true,
  },
  {
    method: "patch",
    path: "/api/quotes/{id}",
    operationId: "updateQuote",
    returns: "Quote",
    summary: "Edit a quote's words, languages or translations",
    role: "EDITOR",
    body: ZUpdateQuote,
  },
  {
    method: "post",
    path: "/api/quotes/{id}/citations",
    operationId: "addQuoteCitation",
    returns: "Citation",
    summary: "Add a citation to an existing quote",
    role: "EDITOR",
    body: ZAddCitation,
    creates: true,
  },
  {
    method: "post",
    path: "/api/quotes/{id}/deprecate",
    operationId: "deprecateQuote",
    returns: "Quote",
    summary: "Deprecate a quote (never deleted)",
    role: "EDITOR",
    body: ZDeprecate,
  },
  {
    method: "post",
    path: "/api/claims",
    operationId: "createClaim",
    returns: "Claim",
    summary: "Add a claim cited as a whole, such as a figure",
    role: "EDITOR",
    body: ZCreateClaim,
    creates: true,
  },
  {
    method: "patch",
    path: "/api/claims/{id}",
    operationId: "updateClaim",
    returns: "Claim",
    summary: "Edit a claim; publishing needs citations",
    role: "EDITOR",
    body: ZUpdateClaim,
  },
  {
    method: "post",
    path: "/api/claims/{id}/relations",
    operationId: "linkClaims",
    returns: "ClaimRelation",
    summary: "Record that this claim walks back, retracts, clarifies, … another",
    role: "EDITOR",
    body: ZLinkClaims,
    creates: true,
  },
  {
    method: "post",
    path: "/api/claims/{id}/deprecate",
    operationId: "deprecateClaim",
    returns: "Claim",
    summary: "Deprecate a claim: ranked DEPRECATED with the reason",
    role: "EDITOR",
    body: ZDeprecate,
  },
  {
    method: "post",
    path: "/api/sources",
    operationId: "createSource",
    returns: "Source",
    summary: "Add a source; a known address is a 409 naming the existing source",
    role: "EDITOR",
    body: ZCreateSource,
    creates: true,
  },
  {
    method: "patch",
    path: "/api/sources/{id}",
    operationId: "updateSource",
    returns: "Source",
    summary: "Edit a source's bibliographic fields",
    role: "EDITOR",
    body: ZUpdateSource,
  },
  {
    method: "post",
    path: "/api/sources/{id}/deprecate",
    operationId: "deprecateSource",
    returns: "Source",
    summary: "Deprecate a source (never deleted)",
    role: "EDITOR",
    body: ZDeprecate,
  },
  {
    method: "post",
    path: "/api/sources/{id}/relations",
    operationId: "linkSources",
    returns: "SourceRelation",
    summary: "Record that this source republishes, translates, quotes or is derived from another",
    role: "EDITOR",
    body: ZLinkSources,
    creates: true,
  },
  {
    method: "post",
    path: "/api/entities",
    operationId: "createEntity",
    returns: "Entity",
    summary: "Add a person, organisation or product",
    role: "EDITOR",
    body: ZCreateEntity,
    creates: true,
  },
  {
    method: "patch",
    path: "/api/entities/{id}",
    operationId: "updateEntity",
    returns: "Entity",
    summary: "Edit an entity and its names",
    role: "EDITOR",
    body: ZUpdateEntity,
  },
  {
    method: "post",
    path: "/api/entities/{id}/deprecate",
    operationId: "deprecateEntity",
    returns: "Entity",
    summary: "Deprecate an entity (never deleted)",
    role: "EDITOR",
    body: ZDeprecate,
  },
  {
    method: "patch",
    path: "/api/citations/{id}",
    operationId: "updateCitation",
    returns: "Citation",
    summary: "Edit a citation's source, role, locator or words",
    role: "EDITOR",
    body: ZUpdateCitation,
  },
  {
    method: "post",
    path: "/api/citations/{id}/deprecate",
    operationId: "deprecateCitation",
    returns: "Citation",
    summary: "Deprecate a citation (never deleted)",
    role: "EDITOR",
    body: ZDeprecate,
  },
  {
    method: "get",
    path: "/api/revisions",
    operationId: "listRevisions",
    returns: "RevisionHistory",
    summary: "A record's revision history with field-level changes",
    role: null,
  },
  ...READ_ENDPOINTS,
  {
    method: "post",
    path: "/api/revisions/{id}/restore",
    operationId: "restoreRevision",
    returns: "AnyRecord",
    summary: "Restore a record to this revision, as a new revision",
    role: "EDITOR",
    body: ZRestoreRevision,
  },
];

const json = (description: string, schema: object) => ({ description, content: { "application/json": { schema } } });

function operation(endpoint: ApiEndpoint) {
  const parameters: object[] = [];
  const bySlug = endpoint.method === "get" && endpoint.path === "/api/entities/{id}";
  if (endpoint.path.includes("{id}"))
    parameters.push({
      name: "id",
      in: "path",
      required: true,
      schema: bySlug ? { type: "string", description: "An id or a slug." } : { type: "integer", minimum: 1 },
    });
  if (endpoint.paged) {
    parameters.push(
      {
        name: "after",
        in: "query",
        required: false,
        schema: { type: "integer", minimum: 0, default: 0 },
        description: "The last id of the previous page (its `next`).",
      },
      { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 100, default: 25 } },
    );
  }
  if (endpoint.path === "/api/revisions") {
    parameters.push(
      { name: "recordType", in: "query", required: true, schema: { type: "string", enum: [...REVISIONED_RECORD_TYPES] } },
      { name: "recordId", in: "query", required: true, schema: { type: "integer", minimum: 1 } },
    );
  }
  const id = endpoint.body && z.globalRegistry.get(endpoint.body)?.id;
  const returned = { $ref: `#/components/schemas/${endpoint.returns}` };
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: endpoint.role
      ? "Needs the editor role (admins too). Cross-site browser requests are refused."
      : "Open to anyone; drafts, and what belongs to them, only to editors.",
    tags: [endpoint.path.split("/")[2]!],
    security: endpoint.role ? [{ session: [] }, { apiToken: [] }] : [{}, { session: [] }, { apiToken: [] }],
    ...(parameters.length ? { parameters } : {}),
    ...(endpoint.body
      ? { requestBody: { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${id}` } } } } }
      : {}),
    responses: {
      [endpoint.creates ? "201" : "200"]: json(
        endpoint.paged
          ? "A page: { items, next }, next being null on the last page."
          : endpoint.method === "get"
            ? "The record, with its version."
            : "The record as saved, with its new version.",
        returned,
      ),
      "400": errorResponse("Invalid JSON, or invalid fields (see error.fields)."),
      ...(endpoint.role ? { "401": errorResponse("Not signed in."), "403": errorResponse("Not an editor, or a cross-site request.") } : {}),
      "404": errorResponse("No such record."),
      ...(endpoint.role
        ? {
            "409": errorResponse("A version conflict (details.current, details.changedFields) or a duplicate."),
            "422": errorResponse("The change breaks a rule, such as publishing an uncited claim."),
          }
        : {}),
      ...OTHER_ERRORS,
    },
  };
}

/** Component schemas, from the schemas' registered ids, as request bodies see them. */
function componentSchemas(): Record<string, object> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
    // zod leaves out the examples of a schema that transforms; ours are written as requests, so they are kept.
    override: ({ zodSchema, jsonSchema }) => {
      const examples = z.globalRegistry.get(zodSchema as unknown as z.ZodType)?.examples;
      if (Array.isArray(examples)) jsonSchema.examples = examples;
    },
  });
  const wanted = new Set(API_ENDPOINTS.flatMap((endpoint) => (endpoint.body ? [z.globalRegistry.get(endpoint.body)?.id] : [])));
  // Only what the write API reaches: other modules may register schemas of their own.
  const reached = new Map<string, object>();
  const visit = (id: string | undefined) => {
    if (!id || reached.has(id) || !schemas[id]) return;
    const { $schema: _schema, $id: _id, ...schema } = schemas[id] as Record<string, unknown>;
    reached.set(id, schema);
    for (const match of JSON.stringify(schema).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) visit(match[1]);
  };
  wanted.forEach(visit);
  return Object.fromEntries([...reached].sort(([a], [b]) => a.localeCompare(b)));
}

export function buildOpenApiDocument(): object {
  const paths: Record<string, Record<string, object>> = { ...OTHER_PATHS };
  for (const endpoint of API_ENDPOINTS) (paths[endpoint.path] ??= {})[endpoint.method] = operation(endpoint);
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Claimtrail API",
      version: "1.0.0",
      description:
        "Searching, reading, adding and editing claims, quotes, sources, entities and citations, with revisions and citation files.",
      license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
    },
    servers: [{ url: "/", description: "The Claimtrail instance serving this document." }],
    tags: TAGS,
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      schemas: { Error: ERROR_SCHEMA, ...RECORD_SCHEMAS, ...OTHER_SCHEMAS, ...componentSchemas() },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "claimtrail.session_token", description: "A signed-in editor's session." },
        apiToken: { type: "http", scheme: "bearer", description: "A personal API token: Authorization: Bearer <token>." },
      },
    },
  };
}
