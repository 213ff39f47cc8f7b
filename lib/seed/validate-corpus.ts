import type { Corpus, CorpusCitation } from "../../prisma/seed/corpus-types";
import { measureProblem } from "../citations/citation-schemas";
import { ZTranslation } from "../quotes/quote-fields";
import { parseDay, partialDate, selectorMismatch } from "./corpus-text";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const WIKIDATA = /^Q[1-9][0-9]*$/;
const URL = /^https?:\/\//;

/** Everything wrong with a corpus, each problem naming the record it is about. */
export class CorpusValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`The corpus is not valid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${problems.join("\n  ")}`);
    this.name = "CorpusValidationError";
  }
}

/**
 * Checks a corpus before anything is written: keys are unique, every reference resolves,
 * dates are well formed, and every citation of a source whose text the corpus holds quotes
 * that text exactly. Throws a CorpusValidationError listing every problem found.
 */
export function validateCorpus(corpus: Corpus): void {
  const problems: string[] = [];
  const problem = (record: string, message: string) => problems.push(`${record}: ${message}`);
  const tryDate = (record: string, check: () => unknown) => {
    try {
      check();
    } catch (error) {
      problem(record, (error as Error).message);
    }
  };
  const unique = <T>(seen: Set<T>, value: T, record: string, what: string) => {
    if (seen.has(value)) problem(record, `duplicate ${what}`);
    seen.add(value);
  };

  const entities = new Set<string>();
  const wikidataIds = new Set<string>();
  for (const entity of corpus.entities) {
    const record = `entity "${entity.slug}"`;
    unique(entities, entity.slug, record, "slug");
    if (!SLUG.test(entity.slug)) problem(record, "slug must be lowercase ASCII kebab-case");
    if (!entity.name.trim()) problem(record, "name is empty");
    if (entity.wikidataId !== undefined) {
      if (!WIKIDATA.test(entity.wikidataId)) problem(record, `"${entity.wikidataId}" is not a Wikidata item id`);
      unique(wikidataIds, entity.wikidataId, record, `Wikidata id ${entity.wikidataId}`);
    }
    const names = new Set<string>();
    const primaryLangs = new Set<string>();
    for (const name of entity.names) {
      if (!LANG.test(name.lang)) problem(record, `name "${name.value}" has an invalid language tag "${name.lang}"`);
      if (!name.value.trim()) problem(record, `empty name in ${name.lang}`);
      unique(names, `${name.lang}\u0000${name.value}`, record, `name "${name.value}" (${name.lang})`);
      if (name.kind === "NAME") unique(primaryLangs, name.lang, record, `NAME in ${name.lang} (one per language; use ALIAS)`);
    }
  }
  const entityRef = (record: string, slug: string, role: string) => {
    if (!entities.has(slug)) problem(record, `${role} "${slug}" is not an entity of the corpus`);
  };

  const affiliations = new Set<string>();
  for (const affiliation of corpus.affiliations) {
    const record = `affiliation "${affiliation.person}" / "${affiliation.organization}" (${affiliation.role})`;
    entityRef(record, affiliation.person, "person");
    entityRef(record, affiliation.organization, "organization");
    if (affiliation.person === affiliation.organization) problem(record, "person and organization are the same entity");
    unique(affiliations, `${affiliation.person}\u0000${affiliation.organization}\u0000${affiliation.role}`, record, "affiliation");
    if (affiliation.startDate) tryDate(record, () => parseDay(affiliation.startDate!));
    if (affiliation.endDate) tryDate(record, () => parseDay(affiliation.endDate!));
    if (affiliation.startDate && affiliation.endDate && affiliation.endDate < affiliation.startDate)
      problem(record, "ends before it starts");
  }

  const tags = new Set<string>();
  for (const tag of corpus.tags) {
    const record = `tag "${tag.slug}"`;
    unique(tags, tag.slug, record, "slug");
    if (!SLUG.test(tag.slug)) problem(record, "slug must be lowercase ASCII kebab-case");
    if (!tag.label.trim()) problem(record, "label is empty");
  }

  const sources = new Set<string>();
  const urls = new Set<string>();
  const titles = new Set<string>();
  for (const source of corpus.sources) {
    const record = `source "${source.key}"`;
    unique(sources, source.key, record, "key");
    if (!source.title.trim()) problem(record, "title is empty");
    if (source.publisher !== null) entityRef(record, source.publisher, "publisher");
    if (!LANG.test(source.lang)) problem(record, `invalid language tag "${source.lang}"`);
    tryDate(record, () => partialDate(source.issued, source.issuedPrecision));
    if (source.url !== null) {
      if (!URL.test(source.url)) problem(record, `url "${source.url}" is not http(s)`);
      unique(urls, source.url, record, `url ${source.url}`);
    } else {
      // Without a url, title and issued date are what identify a source.
      unique(titles, `${source.title}\u0000${source.issued ?? ""}`, record, "title and issued date");
    }
  }
  const sourceRef = (record: string, key: string, role = "source") => {
    if (!sources.has(key)) problem(record, `${role} "${key}" is not a source of the corpus`);
  };

  const documents = new Map<string, string>();
  for (const document of corpus.documents) {
    sourceRef(`document of "${document.source}"`, document.source);
    documents.set(document.source, document.text);
  }

  const sourceRelations = new Set<string>();
  for (const relation of corpus.sourceRelations) {
    const record = `source relation "${relation.from}" ${relation.kind} "${relation.to}"`;
    sourceRef(record, relation.from, "from");
    sourceRef(record, relation.to, "to");
    if (relation.from === relation.to) problem(record, "a source cannot relay itself");
    unique(sourceRelations, `${relation.from}\u0000${relation.to}\u0000${relation.kind}`, record, "relation");
  }

  const checkCitations = (record: string, citations: CorpusCitation[]) => {
    const seen = new Set<string>();
    citations.forEach((citation, index) => {
      const where = `${record}, citation ${index + 1} (${citation.role} in "${citation.source}")`;
      sourceRef(where, citation.source);
      unique(seen, `${citation.source}\u0000${citation.exact}`, where, "citation of the same words in the same source");
      if (!citation.exact.trim()) problem(where, "exact is empty");
      const measure = measureProblem(citation.kind, citation.measure);
      if (measure) problem(where, `measure ${measure}`);
      if (citation.paragraph !== undefined && !(Number.isInteger(citation.paragraph) && citation.paragraph >= 1))
        problem(where, "paragraph must be a positive integer");
      if (citation.endSeconds !== undefined && (citation.startSeconds === undefined || citation.endSeconds < citation.startSeconds))
        problem(where, "endSeconds needs a startSeconds before it");
      const text = documents.get(citation.source);
      if (text !== undefined) {
        const mismatch = selectorMismatch(text, citation);
        if (mismatch) problem(where, mismatch);
      }
    });
  };

  const claims = new Set<string>();
  const claimSlugs = new Set<string>();
  for (const claim of corpus.claims) {
    const record = `claim "${claim.key}"`;
    unique(claims, claim.key, record, "key");
    if (!SLUG.test(claim.slug)) problem(record, `slug "${claim.slug}" must be lowercase ASCII kebab-case`);
    entityRef(record, claim.speaker, "speaker");
    unique(claimSlugs, `${claim.speaker}\u0000${claim.slug}`, record, `slug "${claim.slug}" for speaker "${claim.speaker}"`);
    tryDate(record, () => partialDate(claim.claimedAt, claim.claimedAtPrecision));
    if (claim.status === "MISATTRIBUTED")
      problem(record, "MISATTRIBUTED needs who misattributed it and the evidence, which a corpus claim cannot carry");
    const citedPrimaries = [...claim.citations, ...claim.quotes.flatMap((quote) => quote.citations)].filter(
      (citation) => citation.role === "PRIMARY",
    );
    if (claim.status === "VERIFIED_PRIMARY" && !citedPrimaries.some((citation) => documents.has(citation.source))) {
      problem(record, "VERIFIED_PRIMARY needs a primary citation of a source whose text the corpus holds");
    }
    if (claim.rank !== "NORMAL" && !claim.rankReason?.trim()) problem(record, `rank ${claim.rank} needs a rankReason`);
    for (const lang of ["en", "zh-Hant"] as const) if (!claim.statements[lang]?.trim()) problem(record, `statement in ${lang} is missing`);
    for (const slug of claim.about) entityRef(record, slug, "about");
    for (const slug of claim.coSpeakers ?? []) {
      entityRef(record, slug, "co-speaker");
      if (slug === claim.speaker) problem(record, `co-speaker "${slug}" is the speaker`);
    }
    for (const slug of claim.tags) if (!tags.has(slug)) problem(record, `tag "${slug}" is not a tag of the corpus`);
    if (claim.quotes.length > 0 && claim.citations.length > 0)
      problem(record, "a claim with quotes is cited through its quotes, not as a whole");
    if (claim.quotes.length === 0 && claim.citations.length === 0) problem(record, "has no citation");
    checkCitations(record, claim.citations);
    const quoteTexts = new Set<string>();
    claim.quotes.forEach((quote, index) => {
      const quoteRecord = `${record}, quote ${index + 1}`;
      unique(quoteTexts, quote.text, quoteRecord, "quote text");
      if (!quote.text.trim()) problem(quoteRecord, "text is empty");
      if (!LANG.test(quote.lang) || !LANG.test(quote.spokenLang)) problem(quoteRecord, "invalid language tag");
      if (quote.citations.length === 0) problem(quoteRecord, "has no citation");
      for (const translation of quote.translations) {
        const where = `${quoteRecord}, ${translation.lang} translation`;
        if (translation.source !== null) {
          sourceRef(where, translation.source);
          const text = documents.get(translation.source);
          if (text !== undefined && !text.includes(translation.text))
            problem(where, `"${translation.text}" does not occur in "${translation.source}"`);
        }
        // The API's own rules for a translation; the source, named by key, is checked above.
        const { source, ...fields } = translation;
        const checked = ZTranslation.safeParse({ ...fields, sourceId: source === null ? null : 1 });
        for (const issue of checked.error?.issues ?? []) problem(where, `${issue.path.join(".") || "translation"} ${issue.message}`);
      }
      checkCitations(quoteRecord, quote.citations);
    });
  }

  const claimRelations = new Set<string>();
  for (const relation of corpus.claimRelations) {
    const record = `claim relation "${relation.from}" ${relation.kind} "${relation.to}"`;
    for (const [role, key] of [
      ["from", relation.from],
      ["to", relation.to],
    ] as const) {
      if (!claims.has(key)) problem(record, `${role} "${key}" is not a claim of the corpus`);
    }
    if (relation.from === relation.to) problem(record, "a claim cannot relate to itself");
    if (relation.source !== undefined) sourceRef(record, relation.source);
    if (relation.relatedAt !== undefined) tryDate(record, () => parseDay(relation.relatedAt!));
    unique(claimRelations, `${relation.from}\u0000${relation.to}\u0000${relation.kind}`, record, "relation");
  }

  if (problems.length > 0) throw new CorpusValidationError(problems);
}
