import http, { type IncomingMessage } from "node:http";
import { CLIENT_SUPPLIED_HEADERS, sanitizeForwardingHeaders } from "../auth/client-address";

// Next.js fills `x-forwarded-for` from the socket only when the request did not bring one,
// and hands proxy.ts the client's own header when it did: there a forged address cannot be
// told from the real one, and the read limit counts in proxy.ts. So the forwarding headers
// are sanitised where the request enters the HTTP server, before Next.js reads it, with
// the same rule proxy.ts applies for the routes (sanitizeForwardingHeaders).

const installed = Symbol.for("claimtrail.forwardingAtServer");

/** Sanitises every request of every HTTP server of this process; installed once. */
export function sanitizeForwardingAtServer(trustProxy: boolean): void {
  const prototype = http.Server.prototype as http.Server & { [installed]?: true };
  if (prototype[installed]) return;
  prototype[installed] = true;
  const emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") sanitizeIncomingForwarding(args[0] as IncomingMessage, trustProxy);
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

export function sanitizeIncomingForwarding(request: Pick<IncomingMessage, "headers">, trustProxy: boolean): void {
  const headers = new Headers();
  for (const name of CLIENT_SUPPLIED_HEADERS) {
    const value = request.headers[name];
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  if (![...headers.keys()].length) return;
  sanitizeForwardingHeaders(headers, trustProxy);
  for (const name of CLIENT_SUPPLIED_HEADERS) delete request.headers[name];
  const hop = headers.get("x-forwarded-for");
  if (hop) request.headers["x-forwarded-for"] = hop;
}
