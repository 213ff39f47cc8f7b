import { API_ERROR_CODES } from "./errors";

// The one error shape in the OpenAPI document, and the statuses every endpoint may answer.

export const ERROR_SCHEMA = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", enum: [...API_ERROR_CODES] },
        message: { type: "string" },
        fields: {
          type: "object",
          additionalProperties: { type: "string" },
          description: "One message per invalid field, keyed by its dotted path.",
        },
        details: { type: "object", description: "conflict: { current, changedFields }; duplicate: { candidates } or { existingId }." },
      },
    },
  },
};

export const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
/** Statuses any endpoint may answer besides its own: 413 too large, 429 rate limited, 500, and 503 while a dependency is down (with Retry-After). */
export const OTHER_ERRORS = {
  "4XX": errorResponse(
    "Any other client error, in the same shape: 405 (see Allow), 413 body too large, 429 too many requests (see Retry-After).",
  ),
  "5XX": errorResponse("500 internal, or 503 while the database or search engine is unavailable (see Retry-After)."),
};
