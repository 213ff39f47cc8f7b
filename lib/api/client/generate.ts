import openapiTS, { astToString } from "openapi-typescript";
import { buildOpenApiDocument } from "../openapi";

// openapi-typescript turns the OpenAPI document into the `paths` type openapi-fetch checks
// every request and answer against.

export const API_CLIENT_TYPES_PATH = "lib/api/client/schema.d.ts";

export async function apiClientTypes(): Promise<string> {
  // A property with a default may be left out of a request: not required, whatever its default.
  const ast = await openapiTS(JSON.stringify(buildOpenApiDocument()), { defaultNonNullable: false });
  return `// Generated from the OpenAPI document by \`npm run api:client\`; do not edit.\n\n${astToString(ast)}`;
}
