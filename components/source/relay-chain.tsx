import type { RelatedSource, SourcePage } from "@/lib/sources/find-source-page";
import { relationPhrases } from "@/lib/sources/labels";
import { sourcePath } from "@/lib/routes";
import { SourceByline } from "./source-byline";
import chain from "./relay-chain.module.css";
import styles from "./source.module.css";

function Neighbours({
  id,
  heading,
  direction,
  related,
  empty,
}: {
  id: string;
  heading: string;
  direction: "relays" | "relayedBy";
  related: RelatedSource[];
  empty: string;
}) {
  return (
    <li className={chain.step}>
      <h3 id={id} className={chain.stepHeading}>
        {heading}
      </h3>
      {related.length ? (
        <ul className={chain.nodes} aria-labelledby={id}>
          {related.map(({ source, kinds, notes }) => (
            <li key={source.id} className={chain.node} data-testid={direction === "relays" ? "relays" : "relayed-by"}>
              {/* The phrase has this page's source as its subject: "is translated by <X>", "quotes <X>". */}
              <span className={chain.relation}>{relationPhrases(kinds, direction)}</span>
              <a href={sourcePath(source)} className={chain.nodeTitle}>
                {source.title}
              </a>
              <SourceByline source={source} className={chain.nodeMeta} />
              {notes.map((note) => (
                <span key={note} className={chain.note}>
                  {note}
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : (
        <p className={chain.stepEmpty}>{empty}</p>
      )}
    </li>
  );
}

/**
 * The relay chain one step each way: the sources that relay this one, this one, then the
 * sources it relays, so each arrow reads "relays" and points back towards the origin. Arrows
 * are drawn by CSS and hidden from assistive technology; each link names its relation in words.
 */
export function RelayChain({ source }: { source: SourcePage }) {
  return (
    <section aria-labelledby="chain-heading" className={styles.panel}>
      <h2 id="chain-heading" className={styles.panelHeading}>
        Relay chain
      </h2>
      <p className={chain.chainIntro}>Who relays this source, and whom it relays. Follow a link to walk the chain further.</p>
      <ol className={chain.chain} aria-labelledby="chain-heading">
        <Neighbours
          id="relayed-by-heading"
          heading="Relayed by"
          direction="relayedBy"
          related={source.relayedBy}
          empty="No recorded source relays this one."
        />
        <li className={`${chain.step} ${chain.current}`} aria-current="page">
          <h3 className={chain.stepHeading}>This source</h3>
          <p className={chain.currentTitle}>{source.title}</p>
        </li>
        <Neighbours
          id="relays-heading"
          heading="Relays"
          direction="relays"
          related={source.relays}
          empty="No source it relays is recorded."
        />
      </ol>
    </section>
  );
}
