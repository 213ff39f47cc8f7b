// The reader's language, from the Accept-Language header the browser sends (the app has no
// language switch of its own): the claim's statement is shown in it when there is one.

/** The header's language tags, most preferred first (q=0 dropped). */
export function readerLanguages(acceptLanguage: string | null | undefined): string[] {
  if (!acceptLanguage) return [];
  return acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(entry.tag) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag)
    .slice(0, 10);
}

/** Chinese written in Traditional characters where the region writes them. */
const TRADITIONAL_REGIONS = /^zh-(tw|hk|mo)$/i;

/** How close `lang` (en, zh-Hant, zh-Hans) is to a wanted tag: 2 exactly, 1 the same language, 0 not. */
function closeness(wanted: string, lang: string): number {
  const [want, have] = [wanted.toLowerCase(), lang.toLowerCase()];
  if (want === have) return 2;
  const script = TRADITIONAL_REGIONS.test(want) ? "zh-hant" : /^zh-(cn|sg)$/.test(want) ? "zh-hans" : null;
  if (script && have === script) return 2;
  return want.split("-")[0] === have.split("-")[0] ? 1 : 0;
}

/** The item in the reader's most preferred language, else in English, else the first. */
export function inReaderLanguage<T extends { lang: string }>(items: T[], languages: string[]): T | null {
  for (const wanted of languages) {
    const best = items.reduce<{ item: T | null; score: number }>(
      (top, item) => (closeness(wanted, item.lang) > top.score ? { item, score: closeness(wanted, item.lang) } : top),
      { item: null, score: 0 },
    );
    if (best.item) return best.item;
  }
  return items.find((item) => item.lang === "en") ?? items[0] ?? null;
}
