import { relayVerb } from "@/lib/claims/claim-page-explanations";
import { listNames } from "@/lib/claims/claim-byline";
import { outletOf } from "@/lib/claims/claim-page-format";
import { formatPartialDate } from "@/lib/domain/partial-date";
import type { ClaimPageHop } from "@/lib/claims/find-claim-page";
import type { ComparedWording } from "@/lib/claims/claim-page-wordings";
import { LANGUAGE_LABELS, SOURCE_TYPE_LABELS, labelFor } from "@/lib/domain/labels";
import { sourcePath } from "@/lib/routes";
import { WordingDiff } from "./wording-diff";
import shared from "./claim-page.module.css";
import styles from "./relay-chain.module.css";

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function roleOf(hop: ClaimPageHop): string {
  if (hop.inferred) return "Probable origin · not cited";
  if (hop.citedAs === "PRIMARY") return "Primary source · cited";
  if (hop.citedAs === "RELAY") return "Relay · cited";
  return "Relay";
}

function changeNote(wording: ComparedWording): string | null {
  const { change } = wording;
  if (change.kind === "unchanged") return "Same words as upstream";
  if (change.kind === "changed")
    return change.against === "previous-hop" ? "Wording changed from upstream" : "Worded differently again here";
  return null;
}

/** Verbatim (in quotation marks) only when found in the stored copy; otherwise marked as an editor's record; a figure as a value. */
function Words({
  text,
  lang,
  checked,
  measure,
  children,
}: {
  text: string;
  lang: string;
  checked: boolean;
  measure?: string | null;
  children?: React.ReactNode;
}) {
  if (measure) {
    return (
      <p lang={lang} className={styles.recordedWords} data-testid="relay-figure">
        <span className={styles.sideLabel}>Figure · {measure}: </span>
        {text}
      </p>
    );
  }
  if (checked) {
    return (
      <blockquote lang={lang} className={styles.words} data-checked="true">
        <q>{children ?? text}</q>
      </blockquote>
    );
  }
  return (
    <>
      <p lang={lang} className={styles.recordedWords} data-checked="false">
        {children ?? text}
      </p>
      <p className={styles.changeNote}>Words as recorded by an editor, not checked against a stored copy.</p>
    </>
  );
}

function Wording({ wording }: { wording: ComparedWording }) {
  const { change } = wording;
  if (change.kind === "translated") {
    const fromLabel = labelFor(LANGUAGE_LABELS, change.fromLang);
    return (
      <div className={styles.wording} data-change="translated" data-testid="relay-translation">
        <p className={styles.translationMark}>
          Translation · {fromLabel} → {labelFor(LANGUAGE_LABELS, wording.lang)}
        </p>
        <div className={styles.sideBySide}>
          <div>
            <p className={styles.sideLabel}>Upstream, in {fromLabel}</p>
            <Words {...change.from} />
          </div>
          <div>
            <p className={styles.sideLabel}>Here, translated</p>
            <Words {...wording} />
          </div>
        </div>
      </div>
    );
  }
  const note = changeNote(wording);
  return (
    <div className={styles.wording} data-change={change.kind}>
      <Words {...wording}>{change.kind === "changed" ? <WordingDiff segments={change.segments} /> : null}</Words>
      {note ? <p className={styles.changeNote}>{note}</p> : null}
    </div>
  );
}

/** "觀察者網 and a Reuters item": the outlets a relay draws on. */
const listOutlets = (sources: ClaimPageHop["unresolvedUpstream"]) => listNames(sources.map(outletOf));

interface Speaker {
  name: string;
  kind: string;
}

function Hop({
  hop,
  previous,
  step,
  steps,
  speaker,
}: {
  hop: ClaimPageHop;
  previous: ClaimPageHop | undefined;
  step: number;
  steps: number;
  speaker: Speaker;
}) {
  const { source } = hop;
  const outlet = outletOf(source);
  return (
    <li className={styles.hop} data-cited={hop.citedAs ?? "none"} data-inferred={hop.inferred || undefined} data-testid="relay-hop">
      <span className={shared.srOnly}>
        Step {step} of {steps}:{" "}
      </span>
      <p className={styles.role}>{roleOf(hop)}</p>
      <p className={styles.outlet} data-long={outlet.length > 32 || undefined}>
        <a href={sourcePath(source)}>{outlet}</a>
      </p>
      {previous ? (
        <p className={styles.via}>
          {capitalise(relayVerb(hop.relationKinds))} {outletOf(previous.source)}
        </p>
      ) : null}
      {outlet !== source.title ? <p className={styles.title}>{source.title}</p> : null}
      <p className={styles.meta}>
        {labelFor(SOURCE_TYPE_LABELS, source.type)}
        {source.issued ? ` · ${formatPartialDate(source.issued, source.issuedPrecision)}` : " · date not known"}
      </p>
      {hop.wordings.map((wording, index) => (
        <Wording key={index} wording={wording} />
      ))}
      {hop.inferred ? (
        <p className={styles.inferredNote}>
          Inferred: the one source written or published by {speaker.name}
          {speaker.kind === "PERSON" ? ` (or by an organisation ${speaker.name} belongs to, at a date that fits)` : ""} that the later
          outlets relay. The words have not been found in it yet.
        </p>
      ) : hop.wordings.length ? null : (
        <p className={styles.noWording}>No wording recorded from this outlet.</p>
      )}
    </li>
  );
}

/** The picture in words: each hop in order, then the hops from which no wording is recorded. */
function ChainInWords({ id, chain }: { id: string; chain: ClaimPageHop[] }) {
  const silent = chain.filter((hop) => !hop.wordings.length).map((hop) => hop.source);
  return (
    <p id={id} className={styles.inWords} data-testid="relay-in-words">
      {chain.map((hop) => `${outletOf(hop.source)} (${roleOf(hop).toLowerCase()})`).join(" → ")}.{" "}
      {silent.length ? `No wording recorded from ${listOutlets(silent)}.` : "A wording is recorded from every hop."}
    </p>
  );
}

/** The relay chain as a picture: boxes from the origin to the latest relay, joined by arrows. */
export function RelayChain({ chains, speaker }: { chains: ClaimPageHop[][]; speaker: Speaker }) {
  const changed = chains.some((chain) => chain.some((hop) => hop.wordings.some((wording) => wording.change.kind === "changed")));
  return (
    <section className={shared.section} aria-labelledby="relay-chain">
      <h2 id="relay-chain" className={shared.sectionTitle}>
        How the words travelled
      </h2>
      <p className={shared.sectionIntro}>
        From where the words were first published, through every outlet that passed them on, to the sources cited here.
      </p>
      {chains.length ? (
        chains.map((chain, index) => {
          const first = chain[0]!;
          const last = chain[chain.length - 1]!;
          return (
            <div key={index} className={styles.chainBox}>
              <ol
                role="list"
                className={styles.chain}
                data-layout={chain.length <= 4 ? "row" : "column"}
                aria-label={
                  chain.length > 1
                    ? `Relay chain from ${outletOf(first.source)} to ${outletOf(last.source)}, ${chain.length} steps`
                    : `Relay chain: ${outletOf(first.source)} only`
                }
                aria-describedby={`relay-chain-${index}-in-words`}
                data-testid="relay-chain"
              >
                {chain.map((hop, step) => (
                  <Hop key={hop.source.id} hop={hop} previous={chain[step - 1]} step={step + 1} steps={chain.length} speaker={speaker} />
                ))}
              </ol>
              <ChainInWords id={`relay-chain-${index}-in-words`} chain={chain} />
              {first.citedAs !== "PRIMARY" && !first.inferred ? (
                <p className={styles.unknownOrigin} data-testid="relay-unresolved">
                  Where {outletOf(first.source)} got the words from is not recorded
                  {first.unresolvedUpstream.length
                    ? `: it relays ${listOutlets(first.unresolvedUpstream)}, and which of them passed these words on is not stored.`
                    : "."}
                </p>
              ) : null}
            </div>
          );
        })
      ) : (
        <p className={shared.muted}>No source is cited for this claim yet.</p>
      )}
      {changed ? (
        <p className={styles.legend}>
          Marked: <ins className={shared.added}>added</ins> and <del className={shared.removed}>removed</del> words, compared with the
          wording before them in the same language.
        </p>
      ) : null}
    </section>
  );
}
