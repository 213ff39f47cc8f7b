import type { ReactNode } from "react";
import { mainStatement } from "@/lib/claims/claim-page-format";
import type { ClaimPage, ClaimPageQuote } from "@/lib/claims/find-claim-page";
import { LANGUAGE_LABELS, labelFor } from "@/lib/domain/labels";
import { entityPath, searchPath, sourcePath } from "@/lib/routes";
import { ClaimByline, DeprecationNotice, MisattributionNotice } from "./claim-notices";
import { CopyButton } from "./copy-button";
import { PartialDate } from "./partial-date";
import shared from "./claim-page.module.css";
import styles from "./claim-hero.module.css";

const language = (lang: string) => labelFor(LANGUAGE_LABELS, lang);

function Translations({ quote }: { quote: ClaimPageQuote }) {
  if (!quote.translations.length) return null;
  return (
    <div className={styles.translations}>
      {quote.translations.map((translation) => (
        <div key={translation.id} className={styles.translation} data-testid="quote-translation">
          <p className={styles.label}>Translation · {language(translation.lang)}</p>
          <blockquote lang={translation.lang} className={styles.translated}>
            <q>{translation.text}</q>
          </blockquote>
          <p className={styles.credit}>
            {translation.source ? (
              <>
                As printed in <a href={sourcePath(translation.source)}>{translation.source.title}</a>
              </>
            ) : (
              <>Translated by {translation.translator ?? "an unnamed translator"}</>
            )}
            {translation.isOfficial ? " · official translation" : ""}
          </p>
        </div>
      ))}
    </div>
  );
}

/** One quotation: the words as recorded, their translations beside them, and what they are. */
function QuoteFigure({ quote, lead }: { quote: ClaimPageQuote; lead: boolean }) {
  const relayed = quote.spokenLang !== quote.lang;
  const words: ReactNode = <q>{quote.text}</q>;
  return (
    <figure className={styles.figure} data-testid="quote">
      <div className={styles.original}>
        <p className={styles.label}>{relayed ? `As relayed · ${language(quote.lang)}` : `Original words · ${language(quote.lang)}`}</p>
        {lead ? (
          <h1 lang={quote.lang} className={styles.words} data-long={Array.from(quote.text).length > 80 || undefined}>
            {words}
          </h1>
        ) : (
          <blockquote lang={quote.lang} className={styles.wordsSecondary}>
            {words}
          </blockquote>
        )}
      </div>
      <Translations quote={quote} />
      {relayed ? (
        <figcaption className={styles.relayedNote} data-testid="relayed-note">
          First said in {language(quote.spokenLang)}. The original words are not on record: what is quoted here is the{" "}
          {language(quote.lang)} wording of an outlet that relayed them, so it is itself a translation.
        </figcaption>
      ) : null}
    </figure>
  );
}

export function ClaimHero({ claim, permalink }: { claim: ClaimPage; permalink: string }) {
  const [lead, ...others] = claim.quotes;
  const english = mainStatement(claim.statements);
  return (
    <header className={styles.hero}>
      <p className={styles.eyebrow}>
        <ClaimByline claim={claim} linkClassName={styles.speaker} />
        <span aria-hidden="true">·</span>
        {claim.claimedAt ? <PartialDate date={claim.claimedAt} precision={claim.claimedAtPrecision} /> : <span>Date not known</span>}
      </p>
      <MisattributionNotice claim={claim} />
      <DeprecationNotice claim={claim} />
      {lead ? (
        <QuoteFigure quote={lead} lead />
      ) : (
        <div className={styles.original}>
          <p className={styles.label}>The claim as summarised · no verbatim words on record</p>
          <h1 className={styles.statementHeading} lang={english?.lang}>
            {english?.text}
          </h1>
        </div>
      )}
      {others.map((quote) => (
        <QuoteFigure key={quote.id} quote={quote} lead={false} />
      ))}
      <div className={styles.actions}>
        <CopyButton text={permalink} label="Copy permalink" copiedMessage="Permalink copied" testId="copy-permalink" />
        <a href="#cite" className={styles.action}>
          Cite this
        </a>
      </div>
    </header>
  );
}

/** The claim in plain words, in every language it is written in, and what it is about. */
export function ClaimStatements({ claim }: { claim: ClaimPage }) {
  return (
    <section className={shared.section} aria-labelledby="claim-statement">
      <h2 id="claim-statement" className={shared.sectionTitle}>
        The claim
      </h2>
      <div className={styles.statements}>
        {claim.statements.map((statement) => (
          <p key={statement.lang} lang={statement.lang} className={styles.statement} data-testid="claim-statement">
            <span className={styles.label} lang="en">
              {language(statement.lang)}
            </span>
            {statement.text}
          </p>
        ))}
      </div>
      {claim.about.length || claim.tags.length ? (
        <dl className={styles.topics}>
          {claim.about.length ? (
            <div>
              <dt>About</dt>
              <dd>
                {claim.about.map((entity) => (
                  <a key={entity.slug} href={entityPath(entity)} className={shared.chip} data-testid="claim-about">
                    {entity.name}
                  </a>
                ))}
              </dd>
            </div>
          ) : null}
          {claim.tags.length ? (
            <div>
              <dt>Topics</dt>
              <dd>
                {claim.tags.map((tag) => (
                  <a key={tag.slug} href={searchPath({ tag: tag.slug })} className={shared.chip}>
                    {tag.label}
                  </a>
                ))}
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </section>
  );
}
