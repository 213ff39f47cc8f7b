import type { FacetValue, FilterField, Labelled, MatchedName, SearchDocument, SearchHit } from "./contract";
import { FILTER_FIELDS } from "./contract";
import { inReaderLanguage } from "../domain/reader-language";
import { highlight } from "./highlight";
import { otherSpeakers } from "./search-document";

const labelled = ({ slug, name }: Labelled): Labelled => ({ slug, name });

/** Turns an indexed document into what the API returns, highlighting the quote text. */
export function toHit(document: SearchDocument, isMatch: (term: string) => boolean, languages: string[] = []): SearchHit {
  const source = document.sources[0];
  const statement = inReaderLanguage(document.statements, languages);
  return {
    claimId: document.claimId,
    claimSlug: document.claimSlug,
    quoteId: document.quoteId,
    text: document.text,
    lang: document.lang,
    translations: document.translations,
    speaker: labelled(document.speaker),
    // Documents indexed before co-speakers and misattributions were recorded have neither.
    coSpeakers: (document.coSpeakers ?? []).map(labelled),
    misattribution: document.misattribution
      ? {
          actualSpeaker: document.misattribution.actualSpeaker ? labelled(document.misattribution.actualSpeaker) : null,
          by: document.misattribution.by,
          evidence: document.misattribution.evidence,
        }
      : null,
    source: source
      ? { id: source.id, title: source.title, publisher: source.publisher?.name ?? null, url: source.url, type: source.type }
      : null,
    claimedAt: document.claimedAt,
    claimedAtPrecision: document.claimedAtPrecision,
    status: document.status,
    rank: document.rank,
    rankReason: document.rankReason ?? null,
    statement,
    highlight: {
      text: highlight(document.text, isMatch),
      translations: document.translations.map((translation) => highlight(translation.text, isMatch)),
      statement: statement ? highlight(statement.text, isMatch) : [],
    },
    matchedNames: matchedNames(document, isMatch),
  };
}

/** Every other searched name or title holding a matched word, each once, the speaker's first. */
function matchedNames(document: SearchDocument, isMatch: (term: string) => boolean): MatchedName[] {
  const candidates: Omit<MatchedName, "segments">[] = [
    ...[document.speaker, ...otherSpeakers(document)].flatMap((person) =>
      person.names.map((value) => ({ field: "speaker" as const, value, of: value === person.name ? null : person.name })),
    ),
    ...document.entities.flatMap((entity) =>
      [entity.name, ...entity.names].map((value) => ({ field: "entity" as const, value, of: value === entity.name ? null : entity.name })),
    ),
    ...document.affiliated.map((value) => ({ field: "affiliated" as const, value, of: null })),
    ...document.sources.flatMap((source) => [
      { field: "source" as const, value: source.title, of: null },
      ...(source.publisher ? [{ field: "publisher" as const, value: source.publisher.name, of: null }] : []),
    ]),
    ...document.tags.map((tag) => ({ field: "tag" as const, value: tag.name, of: null })),
  ];
  const seen = new Set<string>();
  const out: MatchedName[] = [];
  for (const candidate of candidates) {
    const key = `${candidate.field}\u0000${candidate.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const segments = highlight(candidate.value, isMatch);
    if (segments.some((segment) => segment.match)) out.push({ ...candidate, segments });
  }
  return out;
}

export function emptyFacets(): Record<FilterField, FacetValue[]> {
  return Object.fromEntries(FILTER_FIELDS.map((field) => [field, []])) as unknown as Record<FilterField, FacetValue[]>;
}

/** Facet values ordered as readers scan them: most frequent first, then by label. */
export function sortFacetValues(values: FacetValue[]): FacetValue[] {
  return [...values].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
