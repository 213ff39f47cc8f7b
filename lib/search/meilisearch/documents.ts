import { lastDayOf, startOfIso } from "../../domain/partial-date";
import type { FilterField, SearchDocument } from "../contract";
import { FILTER_FIELDS } from "../contract";
import { facetEntries } from "../hits";
import { normalizeText } from "../text";
import type { FacetAttribute, FilterAttribute, SearchableAttribute } from "./fields";
import { dayNumber, encodeLabelled, facetAttribute, filterAttribute } from "./fields";

/**
 * What Meilisearch stores for one SearchDocument. Searchable text is our normalised form
 * (Meilisearch never sees raw text, so it tokenises exactly the terms the Postgres engine
 * sees); arrays keep separate strings apart, so a phrase cannot run from one alias into the next.
 */
export type MeiliDocument = {
  id: string;
  doc: SearchDocument;
  text_norm: string;
  claimedAtDays: number | null;
  claimedAtEndDays: number | null;
} & Record<Exclude<SearchableAttribute, "text_norm">, string[]> &
  Record<FilterAttribute, string[]> &
  Record<FacetAttribute, string[]>;

/** Normalised, without empty strings or repeats, in first-seen order. */
function normalizedList(texts: (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const normalized = normalizeText(text);
    if (normalized) out.add(normalized);
  }
  return [...out];
}

function facetFields(doc: SearchDocument): Record<FilterAttribute, string[]> & Record<FacetAttribute, string[]> {
  const entries = facetEntries(doc);
  const fields = {} as Record<FilterAttribute, string[]> & Record<FacetAttribute, string[]>;
  for (const field of FILTER_FIELDS as readonly FilterField[]) {
    // One entry per value: a value counts once per document.
    const byValue = new Map(entries[field].map((entry) => [entry.value, entry.label]));
    fields[filterAttribute(field)] = [...byValue.keys()];
    fields[facetAttribute(field)] = [...byValue].map(([value, label]) => encodeLabelled(value, label));
  }
  return fields;
}

/** Day numbers of the first and last day of the claim's date span. */
function claimedDays(doc: SearchDocument): { claimedAtDays: number | null; claimedAtEndDays: number | null } {
  if (!doc.claimedAt) return { claimedAtDays: null, claimedAtEndDays: null };
  const start = startOfIso(doc.claimedAt);
  return { claimedAtDays: dayNumber(start.toISOString().slice(0, 10)), claimedAtEndDays: dayNumber(lastDayOf(start, doc.claimedAtPrecision)) };
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  return {
    id: doc.id,
    doc,
    text_norm: normalizeText(doc.text),
    translations_norm: normalizedList(doc.translations.map((translation) => translation.text)),
    statements_norm: normalizedList(doc.statements),
    // The display name and every alias (黃仁勳, 黄仁勋, Jensen Huang).
    speaker_norm: normalizedList([doc.speaker.name, ...doc.speaker.names]),
    entities_norm: normalizedList(doc.entities.flatMap((entity) => [entity.name, ...entity.names])),
    sources_norm: normalizedList(doc.sources.flatMap((source) => [source.title, source.publisher?.name])),
    // Slugs too, as the Postgres engine indexes them (ai-race → ai race).
    tags_norm: normalizedList(doc.tags.flatMap((tag) => [tag.slug, tag.name])),
    ...facetFields(doc),
    ...claimedDays(doc),
  };
}
