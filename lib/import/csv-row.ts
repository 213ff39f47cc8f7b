// One CSV row as the body of POST /api/quotes, so both go through the same schema. Empty
// cells are left out; list cells (tags, co-speakers, entities) are separated by "|". Numbers
// that are not numbers are passed on as written, for the schema to name the field.

export const CSV_COLUMNS = [
  "speaker",
  "speaker_name",
  "speaker_kind",
  "quote",
  "lang",
  "spoken_lang",
  "translation",
  "translation_lang",
  "translator",
  "claim_id",
  "statement",
  "statement_lang",
  "claimed_at",
  "status",
  "state",
  "tags",
  "co_speakers",
  "entities",
  "actual_speaker",
  "misattributed_by",
  "misattribution_evidence",
  "source_id",
  "source_url",
  "source_type",
  "source_title",
  "source_lang",
  "source_publisher",
  "source_issued",
  "source_container",
  "role",
  "kind",
  "measure",
  "page",
  "paragraph",
  "start_seconds",
  "end_seconds",
  "exact",
  "prefix",
  "suffix",
] as const;

type Column = (typeof CSV_COLUMNS)[number];

const number = (value: string | undefined) => (value === undefined ? undefined : /^-?\d+$/.test(value) ? Number(value) : value);
const list = (value: string | undefined) =>
  value === undefined
    ? []
    : value
        .split("|")
        .map((item) => item.trim())
        .filter(Boolean);
const entityRef = (slug: string | undefined) => (slug === undefined ? undefined : { slug });
const defined = <T extends object>(object: T) => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

export function csvRowToInput(record: Record<string, string>): Record<string, unknown> {
  const cell = (column: Column) => {
    const value = record[column]?.trim();
    return value ? value : undefined;
  };
  const lang = cell("lang");
  const speaker = cell("speaker_name")
    ? { create: defined({ slug: cell("speaker"), name: cell("speaker_name"), kind: cell("speaker_kind") ?? "PERSON" }) }
    : { slug: cell("speaker") };
  const translation = cell("translation")
    ? [defined({ lang: cell("translation_lang"), text: cell("translation"), translator: cell("translator") })]
    : [];
  const claim = cell("claim_id")
    ? { id: number(cell("claim_id")) }
    : {
        create: defined({
          // A quote's own words are the claim's statement unless a statement is given.
          statements: [{ lang: cell("statement_lang") ?? lang, text: cell("statement") ?? cell("quote") }],
          claimedAt: cell("claimed_at"),
          status: cell("status"),
          state: cell("state"),
          tags: list(cell("tags")),
          coSpeakers: list(cell("co_speakers")).map((slug) => ({ slug })),
          entities: list(cell("entities")).map((slug) => ({ slug })),
          actualSpeaker: entityRef(cell("actual_speaker")),
          misattributedBy: entityRef(cell("misattributed_by")),
          misattributionEvidence: cell("misattribution_evidence"),
        }),
      };
  const newSource = defined({
    type: cell("source_type"),
    title: cell("source_title"),
    lang: cell("source_lang"),
    publisher: entityRef(cell("source_publisher")),
    issued: cell("source_issued"),
    containerTitle: cell("source_container"),
  });
  const source = cell("source_id")
    ? { id: number(cell("source_id")) }
    : defined({ url: cell("source_url"), create: Object.keys(newSource).length ? newSource : undefined });
  const hasSource = Object.keys(source).length > 0;
  return defined({
    speaker: cell("claim_id") && !cell("speaker") ? undefined : speaker,
    quote: defined({ text: cell("quote"), lang, spokenLang: cell("spoken_lang"), translations: translation }),
    claim,
    citations: hasSource
      ? [
          defined({
            source,
            role: cell("role") ?? "PRIMARY",
            kind: cell("kind"),
            measure: cell("measure"),
            page: cell("page"),
            paragraph: number(cell("paragraph")),
            startSeconds: number(cell("start_seconds")),
            endSeconds: number(cell("end_seconds")),
            // The quote's words are what the source shows unless told otherwise.
            exact: cell("exact") ?? cell("quote"),
            prefix: cell("prefix"),
            suffix: cell("suffix"),
          }),
        ]
      : [],
  });
}
