import type { Actor } from "../auth/actor";
import { actorFromRequest } from "../auth/request-actor";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../db/unavailable";
import { toAppError } from "../editing/database-errors";
import { AppError } from "../errors";
import { isNotModified, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, PUBLIC_VARY, validatorHeaders } from "../http/conditional-request";
import type { ValidatedRead } from "./read-records";
import { apiError, logIfRefused } from "./errors";
import { assertSameOrigin } from "./same-origin";
import { parseRecordId } from "../domain/record-id";

// The one wrapper around the JSON API's route handlers: the origin check for writes, who is
// asking, the body as JSON, and every failure in the one error shape. Handlers only parse
// their path and call into lib/, where validation and authorisation live.

interface RouteArgs<P> {
  request: Request;
  params: P;
  actor: Actor;
  /** The request body parsed as JSON; invalid JSON is answered with a 400 invalid_input. */
  body(): Promise<unknown>;
}

interface RouteContext<P> {
  params: Promise<P>;
}

class InvalidJsonError extends Error {}

class InvalidEncodingError extends Error {}

// Strict decoding: request.text() would turn bytes that are not UTF-8 into U+FFFD and store that.
const utf8 = new TextDecoder("utf-8", { fatal: true });

async function readJson(request: Request): Promise<unknown> {
  let text: string;
  try {
    text = utf8.decode(await request.arrayBuffer());
  } catch {
    throw new InvalidEncodingError();
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidJsonError();
  }
}

function errorResponse(thrown: unknown): Response {
  const error = toAppError(thrown);
  if (error instanceof InvalidEncodingError)
    return apiError(400, "invalid_input", "The request body is not valid UTF-8.", { _: "not valid UTF-8" });
  if (error instanceof InvalidJsonError)
    return apiError(400, "invalid_input", "The request body is not valid JSON.", { _: "not valid JSON" });
  if (error instanceof AppError) {
    logIfRefused(error.status, error.code);
    const body = {
      error: {
        code: error.code,
        message: error.message,
        ...(error.fields ? { fields: error.fields } : {}),
        ...(error.details ? { details: error.details } : {}),
      },
    };
    return Response.json(body, { status: error.status, headers: { "Cache-Control": "no-store" } });
  }
  if (isDatabaseUnavailable(error)) {
    console.error("API request failed: database unavailable", error instanceof Error ? error.message : error);
    return databaseUnavailableResponse();
  }
  // A bug: logged in full here, and never shown (no stack, no database message).
  console.error("API request failed", error);
  return apiError(500, "internal", "Something went wrong; please try again.");
}

/** The 503 of an outage: callers retry after Retry-After seconds. */
export function databaseUnavailableResponse(): Response {
  const response = apiError(503, "unavailable", "The database is temporarily unavailable; please retry shortly.");
  response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

function handle<P>(mutating: boolean, status: number, run: (args: RouteArgs<P>) => Promise<unknown>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      if (mutating) assertSameOrigin(request);
      const actor = await actorFromRequest(request);
      const params = await context.params;
      const result = await run({ request, params, actor, body: () => readJson(request) });
      return Response.json(result, { status, headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** A write: refused cross-site; answers 201 when it creates, 200 otherwise. */
export function mutationRoute<P = Record<string, never>>(run: (args: RouteArgs<P>) => Promise<unknown>, { creates = false } = {}) {
  return handle(true, creates ? 201 : 200, run);
}

export function queryRoute<P = Record<string, never>>(run: (args: RouteArgs<P>) => Promise<unknown>) {
  return handle(false, 200, run);
}

/**
 * A read of records: validated by their versions, answered 304 to a conditional request, and
 * cacheable briefly when nobody is signed in (editors may see drafts, so theirs stay private).
 */
export function readRoute<P = Record<string, never>>(run: (args: RouteArgs<P>) => Promise<ValidatedRead>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const actor = await actorFromRequest(request);
      const { body, validator } = await run({ request, params: await context.params, actor, body: () => readJson(request) });
      const headers = new Headers(validatorHeaders(validator));
      headers.set("Cache-Control", actor ? PRIVATE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL);
      if (!actor) headers.set("Vary", PUBLIC_VARY.join(", "));
      if (isNotModified(request.headers, validator)) return new Response(null, { status: 304, headers });
      return Response.json(body, { headers });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** A record id from the path; anything else names no record. */
export function pathId(value: string): number {
  const id = parseRecordId(value);
  if (id === null) throw new AppError("not_found", "No such record.");
  return id;
}
