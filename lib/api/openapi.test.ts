import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

// The OpenAPI document against an independent linter (Redocly, its strictest ruleset) and
// against the routes that exist: every JSON endpoint the app serves is described, with every
// method it allows, and nothing is described that is not served.

type Document = {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, { examples?: unknown[] }> };
};
const document = buildOpenApiDocument() as Document;

/** Every route.ts under app/api, as the path OpenAPI names it. */
function apiRouteFiles(): { file: string; path: string }[] {
  const root = join(process.cwd(), "app");
  const found: { file: string; path: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const segments = relative(root, dir)
          .split(sep)
          .map((segment) => segment.replace(/^\[([a-z]+)\]$/i, "{$1}"));
        found.push({ file: full, path: `/${segments.join("/")}` });
      }
    }
  };
  walk(join(root, "api"));
  return found;
}

describe("the OpenAPI document", () => {
  it("passes Redocly's recommended-strict rules with no problem at all", async () => {
    // Redocly's own example check reads additionalProperties: false as unevaluatedProperties
    // inside allOf and if/then, and refuses valid examples; ajv checks them instead, below.
    const config = await createConfig({ extends: ["recommended-strict"], rules: { "no-invalid-schema-examples": "off" } });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: "openapi.json", config });
    expect(problems.map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`)).toEqual([]);
  });

  it("describes every method of every API route, and only those", async () => {
    const served: string[] = [];
    for (const { file, path } of apiRouteFiles()) {
      // The catch-all answers unknown paths with a JSON 404; Better Auth's handler is described by the endpoints it exposes.
      if (path.includes("[...")) continue;
      const route = (await import(file)) as { OPTIONS?: (request: Request) => Response | Promise<Response> };
      const allow = (await route.OPTIONS!(new Request(`http://localhost:3000${path}`, { method: "OPTIONS" }))).headers.get("allow")!;
      for (const method of allow.split(", ").filter((name) => !["HEAD", "OPTIONS"].includes(name)))
        served.push(`${method.toLowerCase()} ${path}`);
    }
    const described = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method} ${path}`),
    );
    const apiDescribed = described.filter((operation) => operation.includes(" /api/") && !operation.includes(" /api/auth/"));
    expect(apiDescribed.sort()).toEqual(served.sort());
    expect(described).toEqual(expect.arrayContaining(["get /claims/{id}/cite", "post /api/auth/sign-in/email"]));
  }, 120_000);

  it("has examples that are valid by their own schemas (ajv, JSON Schema 2020-12)", () => {
    const ajv = new Ajv2020({ strict: false });
    const id = "https://claimtrail.example/openapi.json";
    ajv.addSchema({ $id: id, components: document.components });
    const withExamples = Object.entries(document.components.schemas).filter(([, schema]) => schema.examples);
    expect(withExamples.map(([name]) => name)).toEqual(
      expect.arrayContaining(["CreateSourcedQuote", "CreateClaim", "AddCitation", "EntityRef"]),
    );
    for (const [name, schema] of withExamples) {
      const validate = ajv.getSchema(`${id}#/components/schemas/${name}`)!;
      for (const example of schema.examples!) expect(validate(example), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("gives every operation a unique operationId and a 4XX answer", () => {
    const operations = Object.values(document.paths).flatMap((operations) => Object.values(operations));
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operation of operations) expect(Object.keys(operation.responses).some((status) => status.startsWith("4"))).toBe(true);
  });
});
