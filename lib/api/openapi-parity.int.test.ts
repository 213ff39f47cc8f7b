import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { sample } from "openapi-sampler";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createApiToken } from "../auth/api-tokens";
import { db } from "../db/client";
import { createActors, huangQuote } from "../testing/editing-fixtures";
import { resetDatabase } from "../testing/test-database";
import { API_ENDPOINTS, buildOpenApiDocument } from "./openapi";

// The document and the server agree: a body the document accepts passes the server's
// validation (it may still be a 404, 409 or 422 for what the data says), and a body the
// document refuses is a 400 invalid_input. Bodies are sampled from the document by
// openapi-sampler, then varied one field at a time; ajv (JSON Schema 2020-12) is the judge of
// what the document says. Every 2xx answer is checked against its documented schema.

const { url, poolMax } = inject("database");
process.env.DATABASE_URL = url;
process.env.DATABASE_POOL_MAX = String(poolMax);

const ORIGIN = "http://localhost:3000";
const DOCUMENT_ID = "https://claimtrail.example/openapi.json";
const document = buildOpenApiDocument() as {
  components: { schemas: Record<string, object> };
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
};

const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats(ajv);
ajv.addSchema({ $id: DOCUMENT_ID, components: document.components });
const schemaFor = (name: string) => ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/${name}`)!;
const validatorFor = (schema: object) =>
  ajv.compile({
    $id: `${DOCUMENT_ID}/${Math.random()}`,
    ...JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${DOCUMENT_ID}#/components/`)),
  });

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function paths(value: Json, at: Path = []): Path[] {
  const inner = Array.isArray(value)
    ? value.flatMap((item, index) => paths(item, [...at, index]))
    : value && typeof value === "object"
      ? Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]))
      : [];
  return [at, ...inner];
}

function changed(body: Json, path: Path, change: (parent: Record<string | number, Json>, key: string | number) => void): Json {
  const copy = structuredClone(body);
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, copy) as Record<
    string | number,
    Json
  >;
  change(parent, path.at(-1)!);
  return copy;
}

/** The sample, then one change at a time: each field left out, nulled, of the wrong type, or holding what no field may hold. */
function variants(base: Json): { label: string; body: Json }[] {
  const out = [{ label: "the sample", body: base }];
  for (const path of paths(base)) {
    if (!path.length) continue;
    const name = path.join(".");
    const value = path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, base);
    const set = (label: string, next: Json) =>
      out.push({ label: `${name} ${label}`, body: changed(base, path, (parent, key) => (parent[key] = next)) });
    if (typeof path.at(-1) === "string")
      out.push({ label: `${name} left out`, body: changed(base, path, (parent, key) => delete parent[key]) });
    set("null", null);
    if (typeof value === "string") {
      set("empty", "");
      set("a number", 123);
      set("with NUL", "a\u0000b");
      set("with a line break", "a\r\nb");
      set("too long", "x".repeat(20_001));
    } else if (typeof value === "number") {
      set("a string", String(value));
      set("negative", -1);
      set("a fraction", 1.5);
    } else if (typeof value === "boolean") set("a string", "true");
    else if (Array.isArray(value)) {
      set("empty", []);
      set("not a list", "x");
    } else if (value && typeof value === "object") {
      set("with an unknown field", { ...value, unexpected: 1 });
      set("not an object", "x");
    }
  }
  return out;
}

const tokens: Record<string, string> = {};

beforeAll(async () => {
  await resetDatabase(db());
  const actors = await createActors(db());
  tokens.editor = (await createApiToken(db(), actors.admin, { userId: actors.editor!.userId, name: "parity" })).token;
  // Record 1 of every kind exists, so that the sampled ids name something.
  await (await import("../quotes/create-sourced-quote")).createSourcedQuote(db(), actors.editor, huangQuote());
});

afterAll(() => db().$disconnect());

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function routeHandler(path: string, method: string): Promise<Handler> {
  const routeModule = (await import(`@/app${path.replaceAll("{id}", "[id]")}/route`)) as Record<string, Handler>;
  return routeModule[method.toUpperCase()]!;
}

function request(path: string, method: string, body: Json): Request {
  return new Request(`${ORIGIN}${path.replaceAll("{id}", "1")}`, {
    method: method.toUpperCase(),
    headers: {
      "content-type": "application/json",
      "sec-fetch-site": "same-origin",
      host: new URL(ORIGIN).host,
      origin: ORIGIN,
      authorization: `Bearer ${tokens.editor}`,
    },
    body: JSON.stringify(body),
  });
}

describe("the OpenAPI document and the server", () => {
  const writes = API_ENDPOINTS.filter((endpoint) => endpoint.body);

  it.each(writes.map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint] as const))(
    "agree on every sampled body of %s",
    async (_, endpoint) => {
      const operation = document.paths[endpoint.path]![endpoint.method]!;
      const bodySchema = (operation as unknown as { requestBody: { content: { "application/json": { schema: { $ref: string } } } } })
        .requestBody.content["application/json"].schema;
      const name = bodySchema.$ref.split("/").at(-1)!;
      const accepts = schemaFor(name);
      const base = sample(bodySchema, { skipReadOnly: true, quiet: true }, document) as Json;
      expect(accepts(base), `the sample ${JSON.stringify(base)} is valid by the document: ${JSON.stringify(accepts.errors)}`).toBe(true);

      const handler = await routeHandler(endpoint.path, endpoint.method);
      const disagreements: string[] = [];
      for (const { label, body } of variants(base)) {
        const documentAccepts = accepts(body);
        const response = await handler(request(endpoint.path, endpoint.method, body), { params: Promise.resolve({ id: "1" }) });
        const answer = (await response.json()) as { error?: { code: string; fields?: Record<string, string> } };
        if (response.status >= 500) disagreements.push(`${label}: ${response.status}`);
        const serverAccepts = response.status !== 400;
        if (documentAccepts !== serverAccepts)
          disagreements.push(
            `${label}: document ${documentAccepts ? "accepts" : "refuses"}, server ${response.status} ${JSON.stringify(answer.error?.fields ?? answer.error?.code ?? "")}`,
          );
        if (!serverAccepts) expect(answer.error?.code).toBe("invalid_input");
        if (response.ok) {
          const documented = operation.responses[String(response.status)]?.content?.["application/json"]?.schema;
          const matches = validatorFor(documented!);
          if (!matches(answer))
            disagreements.push(
              `${label}: the ${response.status} answer is not as documented: ${JSON.stringify(matches.errors?.slice(0, 2))}`,
            );
        }
      }
      expect(disagreements).toEqual([]);
    },
    300_000,
  );
});
