// Source.authors holds CSL name variables as JSON: [{ family, given } | { literal }]. The
// column is Json, so its shape is checked here rather than trusted.

export type CslName = { family: string; given?: string } | { literal: string };

function isCslName(value: unknown): value is CslName {
  if (typeof value !== "object" || value === null) return false;
  const name = value as Record<string, unknown>;
  if (typeof name.literal === "string") return true;
  return typeof name.family === "string" && (name.given === undefined || typeof name.given === "string");
}

/** The well-formed names of a Source.authors value, in order. */
export function cslNames(authors: unknown): CslName[] {
  return Array.isArray(authors) ? authors.filter(isCslName) : [];
}

/** "Jack Dorsey", or the literal for organisations. Western order: the corpus's authors write that way. */
export function formatCslName(name: CslName): string {
  if ("literal" in name) return name.literal;
  return name.given ? `${name.given} ${name.family}` : name.family;
}
