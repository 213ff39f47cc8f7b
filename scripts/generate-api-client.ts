import { writeFileSync } from "node:fs";
import { apiClientTypes, API_CLIENT_TYPES_PATH } from "@/lib/api/client/generate";

// Writes the API client's types from the OpenAPI document (npm run api:client). A unit test
// fails when the committed file and the document disagree.
writeFileSync(API_CLIENT_TYPES_PATH, await apiClientTypes());
console.log(`wrote ${API_CLIENT_TYPES_PATH}`);
