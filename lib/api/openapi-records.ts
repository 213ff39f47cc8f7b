import {
  AttributionStatus,
  CitationKind,
  CitationRole,
  ClaimRank,
  ClaimRelationKind,
  DatePrecision,
  EntityKind,
  NameKind,
  PublicationState,
  SourceRelationKind,
  SourceType,
  Verdict,
} from "../db/generated/enums";
import { z } from "zod";
import { ZTranslationFields } from "../quotes/quote-fields";

// What the API answers with, as JSON Schema for the OpenAPI document: each record as the edit
// log snapshots it (the record modules, lib/<record>/<record>-record.ts), `version` included. Closed objects, so that the
// tests that check real answers against these fail when a column is added and not described.

type Schema = Record<string, unknown>;

const integer = { type: "integer" };
const string = { type: "string" };
const boolean = { type: "boolean" };
const number = { type: "number" };
const instant = { type: "string", format: "date-time" };
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: "null" }] });
const oneOf = (values: Record<string, string>) => ({ type: "string", enum: Object.values(values) });

/** The properties of a record's field map (lib/<record>/…-fields.ts), as JSON Schema. */
function fieldSchemas(fields: z.ZodObject): Record<string, Schema> {
  return (z.toJSONSchema(fields, { io: "input" }) as { properties: Record<string, Schema> }).properties;
}

/** A closed object whose every property is always present (null when empty), as Prisma returns rows. */
function row(properties: Record<string, Schema>, description?: string): Schema {
  return {
    type: "object",
    ...(description ? { description } : {}),
    required: Object.keys(properties),
    properties,
    additionalProperties: false,
  };
}

const audit = { version: integer, createdAt: instant, updatedAt: instant };

const Entity = row({
  id: integer,
  slug: string,
  kind: oneOf(EntityKind),
  name: string,
  wikidataId: nullable(string),
  description: nullable(string),
  deprecatedAt: nullable(instant),
  ...audit,
  names: { type: "array", items: row({ id: integer, entityId: integer, lang: string, value: string, kind: oneOf(NameKind) }) },
});

const Source = row({
  id: integer,
  type: oneOf(SourceType),
  title: string,
  containerTitle: nullable(string),
  publisherId: nullable(integer),
  authors: { type: "array", items: { type: "object", description: "CSL name: { family, given } or { literal }." } },
  issued: nullable(instant),
  issuedPrecision: nullable(oneOf(DatePrecision)),
  url: nullable(string),
  accessed: nullable(instant),
  archiveUrl: nullable(string),
  archivedAt: nullable(instant),
  lang: string,
  doi: nullable(string),
  deprecatedAt: nullable(instant),
  ...audit,
});

const Claim = row({
  id: integer,
  slug: string,
  speakerId: integer,
  claimedAt: nullable(instant),
  claimedAtPrecision: nullable(oneOf(DatePrecision)),
  status: oneOf(AttributionStatus),
  actualSpeakerId: { ...nullable(integer), description: "Who really said it, when the claim is misattributed (null: unknown)." },
  misattributedById: nullable(integer),
  misattributionEvidence: nullable(string),
  rank: oneOf(ClaimRank),
  rankReason: nullable(string),
  verdict: nullable(oneOf(Verdict)),
  verdictNote: nullable(string),
  state: oneOf(PublicationState),
  ...audit,
  statements: { type: "array", items: row({ id: integer, claimId: integer, lang: string, text: string }) },
  coSpeakers: { type: "array", items: row({ claimId: integer, entityId: integer }) },
  entities: { type: "array", items: row({ claimId: integer, entityId: integer }) },
  tags: { type: "array", items: row({ claimId: integer, tagId: integer }) },
});

const Quote = row({
  id: integer,
  claimId: integer,
  text: string,
  lang: string,
  spokenLang: string,
  deprecatedAt: nullable(instant),
  ...audit,
  translations: {
    type: "array",
    items: row({ id: integer, quoteId: integer, ...fieldSchemas(ZTranslationFields) }),
  },
});

const Citation = row({
  id: integer,
  quoteId: nullable(integer),
  claimId: nullable(integer),
  sourceId: integer,
  role: oneOf(CitationRole),
  kind: oneOf(CitationKind),
  measure: nullable(string),
  page: nullable(string),
  paragraph: nullable(integer),
  startSeconds: nullable(integer),
  endSeconds: nullable(integer),
  exact: string,
  prefix: nullable(string),
  suffix: nullable(string),
  anchorStart: nullable(integer),
  anchorEnd: nullable(integer),
  anchorCloseness: nullable(number),
  version: integer,
  deprecatedAt: nullable(instant),
  createdAt: instant,
});

const ClaimRelation = row({
  id: integer,
  fromClaimId: integer,
  toClaimId: integer,
  kind: oneOf(ClaimRelationKind),
  relatedAt: nullable(instant),
  sourceId: nullable(integer),
  note: nullable(string),
  createdAt: instant,
});

const SourceRelation = row({
  id: integer,
  fromSourceId: integer,
  toSourceId: integer,
  kind: oneOf(SourceRelationKind),
  note: nullable(string),
  createdAt: instant,
});

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const page = (record: string): Schema => ({
  type: "object",
  required: ["items", "next"],
  properties: {
    items: { type: "array", items: ref(record) },
    next: { ...nullable(integer), description: "The `after` of the next page; null on the last page." },
  },
  additionalProperties: false,
});

export const RECORD_SCHEMAS = {
  Entity,
  Source,
  Claim,
  Quote,
  Citation,
  ClaimRelation,
  SourceRelation,
  EntityPage: page("Entity"),
  SourcePage: page("Source"),
  ClaimPage: page("Claim"),
  QuotePage: page("Quote"),
  CitationPage: page("Citation"),
  SourcedQuote: row(
    {
      quote: ref("Quote"),
      claim: {
        type: "object",
        required: ["id", "slug", "state", "createdNow"],
        properties: {
          id: integer,
          slug: string,
          state: oneOf(PublicationState),
          speakerId: integer,
          createdNow: { ...boolean, description: "Whether this request created the claim." },
        },
        additionalProperties: false,
      },
      citations: { type: "array", items: ref("Citation") },
    },
    "The quote as saved, the claim it was added to, and its citations.",
  ),
  AnyRecord: {
    anyOf: ["Claim", "Quote", "Source", "Entity", "Citation"].map(ref),
    description: "The record the revision belongs to, as restored.",
  },
  RevisionHistory: {
    type: "object",
    required: ["revisions"],
    properties: {
      revisions: {
        type: "array",
        items: { type: "object", required: ["id", "version", "action"], properties: { id: integer, version: integer, action: string } },
      },
    },
  },
} satisfies Record<string, Schema>;

export type ResponseSchemaName = keyof typeof RECORD_SCHEMAS;
