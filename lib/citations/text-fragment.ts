// Links that open a source at the cited words, with a URL text fragment
// (https://wicg.github.io/scroll-to-text-fragment/): #:~:text=[prefix-,]start[,end][,-suffix].
// Browsers without support simply open the page.

export interface TextQuote {
  exact: string;
  prefix?: string | null;
  suffix?: string | null;
}

/** Percent-encodes one part of a text directive: "-", "," and "&" are syntax there, so they are encoded too. */
export function encodeTextDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, "%2D");
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
const hasSpaces = (text: string) => /\s/.test(text.trim());

// Browsers match a prefix from the start of a word and a suffix up to the end of one. Stored
// context is cut at a character count, so a partial word at its far end is dropped; text
// without spaces (Chinese, Japanese) has no such cut to make and is kept whole.
function prefixContext(prefix: string): string {
  const text = collapse(prefix);
  return hasSpaces(text) && !/^\s/.test(prefix) ? text.replace(/^\S+\s+/, "") : text;
}

function suffixContext(suffix: string): string {
  const text = collapse(suffix);
  return hasSpaces(text) && !/\s$/.test(suffix) ? text.replace(/\s+\S+$/, "") : text;
}

/** Long quotations are matched by their first and last words, which keeps the URL short. */
const LONG_QUOTE = 100;
const EDGE_WORDS = 5;
const EDGE_CHARACTERS = 16;

function startAndEnd(exact: string): [string] | [string, string] {
  const text = collapse(exact);
  if (text.length <= LONG_QUOTE) return [text];
  const words = text.split(" ");
  if (words.length >= EDGE_WORDS * 2 + 1) return [words.slice(0, EDGE_WORDS).join(" "), words.slice(-EDGE_WORDS).join(" ")];
  const characters = Array.from(text);
  return [characters.slice(0, EDGE_CHARACTERS).join(""), characters.slice(-EDGE_CHARACTERS).join("")];
}

/** The `text=` directive for a quotation, or null when there is nothing to look for. */
export function textDirective(quote: TextQuote): string | null {
  if (!collapse(quote.exact)) return null;
  const prefix = quote.prefix ? prefixContext(quote.prefix) : "";
  const suffix = quote.suffix ? suffixContext(quote.suffix) : "";
  const parts = [
    ...(prefix ? [`${encodeTextDirectivePart(prefix)}-`] : []),
    ...startAndEnd(quote.exact).map(encodeTextDirectivePart),
    ...(suffix ? [`-${encodeTextDirectivePart(suffix)}`] : []),
  ];
  return `text=${parts.join(",")}`;
}

/** `url` opening at the quotation; any fragment the URL had is kept in front of the directive. */
export function textFragmentUrl(url: string, quote: TextQuote): string {
  const directive = textDirective(quote);
  if (!directive) return url;
  const hash = url.indexOf("#");
  const base = hash < 0 ? url : url.slice(0, hash);
  const existing = hash < 0 ? "" : url.slice(hash + 1).split(":~:")[0];
  return `${base}#${existing}:~:${directive}`;
}
