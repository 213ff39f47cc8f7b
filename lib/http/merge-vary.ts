import { ServerResponse } from "node:http";

// Next.js 16 replaces the Vary header of App Router pages with its own list
// (vercel/next.js#85999), dropping what proxy.ts set: Accept on claim permalinks, Cookie and
// Authorization on cacheable pages. A cache would then hand the page to a client that asked for
// BibTeX, or a reader's copy to an editor. Until that is fixed, setting Vary on a response adds
// to the fields already there instead of replacing them.

function fields(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values
    .flatMap((item) => String(item).split(","))
    .map((field) => field.trim())
    .filter(Boolean);
}

/** The union of two Vary values, each field once (compared case-insensitively), in order. */
export function mergeVary(existing: unknown, added: unknown): string {
  const seen = new Map<string, string>();
  for (const field of [...fields(existing), ...fields(added)]) if (!seen.has(field.toLowerCase())) seen.set(field.toLowerCase(), field);
  return [...seen.values()].join(", ");
}

let installed = false;

export function keepVaryFields(): void {
  if (installed) return;
  installed = true;
  const setHeader = ServerResponse.prototype.setHeader;
  ServerResponse.prototype.setHeader = function (this: ServerResponse, name: string, value: number | string | readonly string[]) {
    if (name.toLowerCase() !== "vary") return setHeader.call(this, name, value);
    return setHeader.call(this, name, mergeVary(this.getHeader("vary"), value));
  };
}
