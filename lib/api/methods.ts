import { apiError } from "./errors";

// Next.js answers a method a route does not export with a bare 405 and no Allow header; the
// API names the methods it does allow, in its own error shape.

// Parameters typed `never` so that any route handler fits, whatever its request and context types.
type Handler = (request: never, context: never) => Promise<Response> | Response;
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
/** Takes no arguments, so it fits wherever Next.js expects a route handler. */
type Answer = () => Response;
type RouteMethods<H> = { [M in Method]: M extends keyof H ? H[M] : Answer } & { OPTIONS: Answer };

/**
 * Every method of a route: the given handlers, a 405 naming them for the rest, and OPTIONS
 * (Next's own would list every method exported here, the refusing ones too).
 */
export function apiMethods<H extends Partial<Record<Method, Handler>>>(handlers: H): RouteMethods<H> {
  const implemented = METHODS.filter((method) => handlers[method]);
  const allow = [...implemented, ...(handlers.GET ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const refuse = () => apiError(405, "method_not_allowed", `This endpoint allows ${allow}.`, undefined, { Allow: allow });
  const options = () => new Response(null, { status: 204, headers: { Allow: allow } });
  const routed = Object.fromEntries(METHODS.map((method) => [method, handlers[method] ?? refuse]));
  return { ...routed, OPTIONS: options } as unknown as RouteMethods<H>;
}
