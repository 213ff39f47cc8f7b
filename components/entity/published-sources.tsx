import { SourceByline } from "@/components/source/source-byline";
import type { SourceSummary } from "@/lib/sources/find-source-page";
import { sourcePath } from "@/lib/routes";
import styles from "./entity.module.css";

/** A publisher's sources, each leading to its record and relay chain. */
export function PublishedSources({ name, sources }: { name: string; sources: SourceSummary[] }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="published-heading" data-testid="published-sources">
      <h2 id="published-heading" className={styles.sectionHeading}>
        Sources published by {name} <span className={styles.count}>{sources.length}</span>
      </h2>
      <ul className={styles.sources} aria-labelledby="published-heading">
        {sources.map((source) => (
          <li key={source.id}>
            <a href={sourcePath(source)} className={styles.sourceTitle}>
              {source.title}
            </a>
            <SourceByline source={source} className={styles.sourceMeta} />
          </li>
        ))}
      </ul>
    </section>
  );
}
