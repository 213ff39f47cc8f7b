/**
 * A readable slug from a name or a statement: ASCII letters and digits in kebab-case, cut
 * at a word boundary. Empty when the text has no Latin letters or digits (a Chinese name):
 * the caller then asks for a slug, or falls back to a generic one.
 */
export function slugify(text: string, maxLength = 80): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0] ?? "").slice(0, maxLength);
}
