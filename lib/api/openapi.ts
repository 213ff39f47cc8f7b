import { z } from "zod";
import { ZAddCitation, ZUpdateCitation } from "../citations/citation-schemas";
import { ZCreateClaim, ZLinkClaims, ZUpdateClaim } from "../claims/claim-schemas";
import { ZDeprecate } from "../editing/schema-parts";
import { ZCreateEntity, ZUpdateEntity } from "../entities/entity-schemas";
import { ZCreateSourcedQuote, ZUpdateQuote } from "../quotes/quote-schemas";
import { REVISIONED_RECORD_TYPES } from "../revisions/record-revision";
import { ZRestoreRevision } from "../revisions/revision-schemas";
import { ZCreateSource, ZLinkSources, ZUpdateSource } from "../sources/source-schemas";
import { API_ERROR_CODES } from "./errors";

// The write API described from the very schemas that validate it (zod 4's JSON Schema output
// is JSON Schema 2020-12, which OpenAPI 3.1 uses as is), so the document cannot drift from
// what the endpoints accept.

type Role = "EDITOR" | null;

export interface WriteEndpoint {
  method: "get" | "post" | "patch";
  path: string;
  summary: string;
  /** Who may call it; null for anyone (drafts still only for editors). */
  role: Role;
  body?: z.ZodType;
  creates?: boolean;
  /** A list paged by id: `after` and `limit` query parameters. */
  paged?: boolean;
}

const READS = [["claims", "claim"], ["quotes", "quote"], ["sources", "source"], ["entities", "entity"], ["citations", "citation"]] as const;

/** GET /api/<records> and /api/<records>/{id}: records with their version, drafts only to editors. */
const READ_ENDPOINTS: WriteEndpoint[] = READS.flatMap(([records, record]) => [
  { method: "get" as const, path: `/api/${records}`, summary: `List ${records} in id order, a page at a time`, role: null, paged: true },
  { method: "get" as const, path: `/api/${records}/{id}`, summary: `Read one ${record}${record === "entity" ? " by id or slug" : ""}, with its version`, role: null },
]);

export const WRITE_ENDPOINTS: WriteEndpoint[] = [
  { method: "post", path: "/api/quotes", summary: "Add a sourced quote (speaker, words, claim, citations); 409 duplicate lists possible duplicates", role: "EDITOR", body: ZCreateSourcedQuote, creates: true },
  { method: "patch", path: "/api/quotes/{id}", summary: "Edit a quote's words, languages or translations", role: "EDITOR", body: ZUpdateQuote },
  { method: "post", path: "/api/quotes/{id}/citations", summary: "Add a citation to an existing quote", role: "EDITOR", body: ZAddCitation, creates: true },
  { method: "post", path: "/api/quotes/{id}/deprecate", summary: "Deprecate a quote (never deleted)", role: "EDITOR", body: ZDeprecate },
  { method: "post", path: "/api/claims", summary: "Add a claim cited as a whole, such as a figure", role: "EDITOR", body: ZCreateClaim, creates: true },
  { method: "patch", path: "/api/claims/{id}", summary: "Edit a claim; publishing needs citations", role: "EDITOR", body: ZUpdateClaim },
  { method: "post", path: "/api/claims/{id}/relations", summary: "Record that this claim walks back, retracts, clarifies, … another", role: "EDITOR", body: ZLinkClaims, creates: true },
  { method: "post", path: "/api/claims/{id}/deprecate", summary: "Deprecate a claim: ranked DEPRECATED with the reason", role: "EDITOR", body: ZDeprecate },
  { method: "post", path: "/api/sources", summary: "Add a source; a known address is a 409 naming the existing source", role: "EDITOR", body: ZCreateSource, creates: true },
  { method: "patch", path: "/api/sources/{id}", summary: "Edit a source's bibliographic fields", role: "EDITOR", body: ZUpdateSource },
  { method: "post", path: "/api/sources/{id}/deprecate", summary: "Deprecate a source (never deleted)", role: "EDITOR", body: ZDeprecate },
  { method: "post", path: "/api/sources/{id}/relations", summary: "Record that this source republishes, translates, quotes or is derived from another", role: "EDITOR", body: ZLinkSources, creates: true },
  { method: "post", path: "/api/entities", summary: "Add a person, organisation or product", role: "EDITOR", body: ZCreateEntity, creates: true },
  { method: "patch", path: "/api/entities/{id}", summary: "Edit an entity and its names", role: "EDITOR", body: ZUpdateEntity },
  { method: "post", path: "/api/entities/{id}/deprecate", summary: "Deprecate an entity (never deleted)", role: "EDITOR", body: ZDeprecate },
  { method: "patch", path: "/api/citations/{id}", summary: "Edit a citation's source, role, locator or words", role: "EDITOR", body: ZUpdateCitation },
  { method: "post", path: "/api/citations/{id}/deprecate", summary: "Deprecate a citation (never deleted)", role: "EDITOR", body: ZDeprecate },
  { method: "get", path: "/api/revisions", summary: "A record's revision history with field-level changes", role: null },
  ...READ_ENDPOINTS,
  { method: "post", path: "/api/revisions/{id}/restore", summary: "Restore a record to this revision, as a new revision", role: "EDITOR", body: ZRestoreRevision },
];


const ERROR_SCHEMA = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", enum: [...API_ERROR_CODES] },
        message: { type: "string" },
        fields: { type: "object", additionalProperties: { type: "string" }, description: "One message per invalid field, keyed by its dotted path." },
        details: { type: "object", description: "conflict: { current, changedFields }; duplicate: { candidates } or { existingId }." },
      },
    },
  },
};

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });

function operation(endpoint: WriteEndpoint) {
  const parameters: object[] = [];
  const bySlug = endpoint.method === "get" && endpoint.path === "/api/entities/{id}";
  if (endpoint.path.includes("{id}")) parameters.push({ name: "id", in: "path", required: true, schema: bySlug ? { type: "string", description: "An id or a slug." } : { type: "integer", minimum: 1 } });
  if (endpoint.paged) {
    parameters.push(
      { name: "after", in: "query", required: false, schema: { type: "integer", minimum: 0, default: 0 }, description: "The last id of the previous page (its `next`)." },
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
  return {
    summary: endpoint.summary,
    description: endpoint.role ? "Needs the editor role (admins too). Cross-site browser requests are refused." : "Open to anyone; drafts, and what belongs to them, only to editors.",
    ...(endpoint.role ? { security: [{ session: [] }, { apiToken: [] }] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(endpoint.body ? { requestBody: { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${id}` } } } } } : {}),
    responses: {
      [endpoint.creates ? "201" : "200"]: { description: endpoint.paged ? "A page: { items, next }, next being null on the last page." : endpoint.method === "get" ? "The record, with its version." : "The record as saved, with its new version.", content: { "application/json": { schema: { type: "object" } } } },
      "400": errorResponse("Invalid JSON, or invalid fields (see error.fields)."),
      ...(endpoint.role ? { "401": errorResponse("Not signed in."), "403": errorResponse("Not an editor, or a cross-site request.") } : {}),
      "404": errorResponse("No such record."),
      ...(endpoint.role ? { "409": errorResponse("A version conflict (details.current, details.changedFields) or a duplicate."), "422": errorResponse("The change breaks a rule, such as publishing an uncited claim.") } : {}),
    },
  };
}

/** Component schemas, from the schemas' registered ids, as request bodies see them. */
function componentSchemas(): Record<string, object> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { target: "draft-2020-12", io: "input", unrepresentable: "any", uri: (id) => `#/components/schemas/${id}` });
  const wanted = new Set(WRITE_ENDPOINTS.flatMap((endpoint) => (endpoint.body ? [z.globalRegistry.get(endpoint.body)?.id] : [])));
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
  const paths: Record<string, Record<string, object>> = {};
  for (const endpoint of WRITE_ENDPOINTS) (paths[endpoint.path] ??= {})[endpoint.method] = operation(endpoint);
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: { title: "Claimtrail API", version: "1.0.0", description: "Reading, adding and editing claims, quotes, sources, entities and citations, with revisions." },
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA, ...componentSchemas() },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "claimtrail.session_token", description: "A signed-in editor's session." },
        apiToken: { type: "http", scheme: "bearer", description: "A personal API token: Authorization: Bearer <token>." },
      },
    },
  };
}
