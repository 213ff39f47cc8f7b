import { Fragment, type KeyboardEventHandler } from "react";
import Link, { useLinkStatus } from "next/link";
import type { MatchedName, SearchHit } from "@/lib/search/contract";
import { LANGUAGE_LABELS, labelFor } from "@/lib/domain/labels";
import { claimPath, entityPath, sourcePath } from "@/lib/routes";
import { SpeakerList } from "@/components/speaker-list";
import { StatusBadge } from "@/components/status-badge";
import { UNKNOWN_SPEAKER, saidBy } from "@/lib/claims/claim-byline";
import { formatIsoPartialDate, partialNote, precisionOfIso, startOfIso } from "@/lib/domain/partial-date";
import { Highlighted } from "./highlighted";
import styles from "./search.module.css";

export function ResultList({ hits, onKeyDown }: { hits: SearchHit[]; onKeyDown: KeyboardEventHandler<HTMLElement> }) {
  return (
    <ol className={styles.hits} onKeyDown={onKeyDown}>
      {hits.map((hit) => (
        <li key={`${hit.claimId}-${hit.quoteId ?? "c"}`} data-result>
          <Result hit={hit} />
        </li>
      ))}
    </ol>
  );
}

/** A hairline under the result while its claim page loads (dynamic pages answer after a moment). */
function Opening() {
  const { pending } = useLinkStatus();
  return <span className={styles.opening} data-pending={pending || undefined} aria-hidden="true" />;
}

function languageMark(lang: string): string {
  if (lang.startsWith("zh")) return "中";
  return lang.split("-")[0]!.toUpperCase();
}

/** One hit: the words (a verbatim quote, or the claim in our words), translations, who, when, where, status. */
function Result({ hit }: { hit: SearchHit }) {
  const isQuote = hit.quoteId !== null;
  const Words = isQuote ? "blockquote" : "p";
  return (
    <article className={styles.hit} data-testid="claim-card">
      <Words className={styles.words} lang={hit.lang} data-kind={isQuote ? "quote" : "claim"}>
        <Link href={claimPath({ id: hit.claimId, slug: hit.claimSlug })} prefetch={false} className={styles.hitLink} data-result-link>
          <Highlighted segments={hit.highlight.text} />
          <Opening />
        </Link>
      </Words>
      {hit.translations.map((translation, index) => (
        <p key={translation.lang} className={styles.translation}>
          <span className={styles.translationMark} aria-hidden="true">
            {languageMark(translation.lang)}
          </span>
          <span className="sr-only">Translation, {labelFor(LANGUAGE_LABELS, translation.lang)}: </span>
          <span lang={translation.lang}>
            <Highlighted segments={hit.highlight.translations[index] ?? [{ value: translation.text, match: false }]} />
          </span>
        </p>
      ))}
      {isQuote && hit.statement ? (
        <p className={styles.statement} data-testid="claim-statement" lang={hit.statement.lang}>
          <span className="sr-only">Claim: </span>
          <Highlighted segments={hit.highlight.statement} />
        </p>
      ) : null}
      {hit.matchedNames.length ? (
        <p className={styles.matchedNames} data-testid="matched-names">
          Matched{" "}
          {hit.matchedNames.map((name, index) => (
            <Fragment key={`${name.field}-${name.value}`}>
              {index > 0 ? "; " : null}
              <Highlighted segments={name.segments} />
              {matchedNameNote(name)}
            </Fragment>
          ))}
        </p>
      ) : null}
      <div className={styles.meta}>
        <Byline hit={hit} />
        {hit.claimedAt ? <ClaimedAt iso={hit.claimedAt} /> : null}
        {hit.source ? (
          <span className={styles.source}>
            <Link href={sourcePath(hit.source)} prefetch={false}>
              {hit.source.title}
            </Link>
            {hit.source.publisher ? <span className={styles.publisher}>{hit.source.publisher}</span> : null}
          </span>
        ) : null}
        <StatusBadge status={hit.status} />
        {hit.rank === "DEPRECATED" ? (
          <span className="badge" data-rank="DEPRECATED" data-testid="deprecated-badge">
            Deprecated
          </span>
        ) : null}
      </div>
      {hit.misattribution ? (
        <p className={styles.cardNote} data-testid="card-misattribution">
          Misattributed to {hit.speaker.name}
          {hit.misattribution.by ? ` by ${hit.misattribution.by.name}` : ""}
          {hit.misattribution.evidence ? `. Evidence: ${hit.misattribution.evidence}` : "."}
        </p>
      ) : null}
      {hit.rank === "DEPRECATED" && hit.rankReason ? (
        <p className={styles.cardNote} data-testid="deprecated-reason">
          Deprecated: {hit.rankReason}
        </p>
      ) : null}
    </article>
  );
}

/** Who said it (claim-byline.ts): the speaker and co-speakers, or a misattributed claim's actual speaker, never the wrong one. */
function Byline({ hit }: { hit: SearchHit }) {
  return (
    <SpeakerList
      people={saidBy({ ...hit, actualSpeaker: hit.misattribution?.actualSpeaker ?? null })}
      unknown={
        <span className={styles.speaker} data-testid="speaker">
          {UNKNOWN_SPEAKER}
        </span>
      }
      link={(person, index) => (
        <Link href={entityPath(person)} prefetch={false} className={styles.speaker} data-testid={index === 0 ? "speaker" : "co-speaker"}>
          {person.name}
        </Link>
      )}
    />
  );
}

const FIELD_NOTES: Record<MatchedName["field"], string> = {
  speaker: "the speaker",
  entity: "what the claim is about",
  affiliated: "affiliated with the speaker",
  source: "the source",
  publisher: "the publisher",
  tag: "a tag",
};

/** Why a name matched: an alias says whose ("an alias of Moonshot AI"), others say which field. */
function matchedNameNote(name: MatchedName): string {
  if (name.of) return `, an alias of ${name.of}`;
  return ` (${FIELD_NOTES[name.field]})`;
}

/** When the claim was made, as precisely as it is known; a partial date says so (it sorts at the start of its span). */
function ClaimedAt({ iso }: { iso: string }) {
  const precision = precisionOfIso(iso);
  const note = precision ? partialNote(startOfIso(iso), precision) : null;
  return (
    <span className={styles.date} data-testid="claimed-at">
      <time dateTime={iso}>{formatIsoPartialDate(iso)}</time>
      {note ? <span className={styles.datePartial}> ({note})</span> : null}
    </span>
  );
}
