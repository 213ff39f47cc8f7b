import { EXPORT_FORMATS, type FormattedCitation } from "@/lib/citations/format-citation";
import { outletOf } from "@/lib/claims/claim-page-format";
import type { ClaimPageSource } from "@/lib/claims/find-claim-page";
import { sourcePath } from "@/lib/routes";
import { CopyButton } from "./copy-button";
import shared from "./claim-page.module.css";
import styles from "./cite-this.module.css";

const DOWNLOADS = [
  { format: "biblatex", label: "biblatex" },
  { format: "bibtex", label: "BibTeX" },
  { format: "ris", label: "RIS" },
  { format: "csl-json", label: "CSL-JSON" },
] as const satisfies { format: keyof typeof EXPORT_FORMATS; label: string }[];

/** Ready-made references to the source the claim comes from, and the same as files. */
export function CiteThis({
  citations,
  source,
  citePath,
}: {
  citations: FormattedCitation[];
  source: ClaimPageSource | null;
  citePath: string;
}) {
  return (
    <section className={shared.section} aria-labelledby="cite-heading" id="cite">
      <h2 id="cite-heading" className={shared.sectionTitle}>
        Cite this
      </h2>
      {source ? (
        <>
          <p className={shared.sectionIntro}>
            References to the source these words are cited from, <a href={sourcePath(source)}>{source.title}</a>
            {outletOf(source) !== source.title ? ` (${outletOf(source)})` : ""}. Each points back to this page in its note.
          </p>
          <dl className={styles.styles}>
            {citations.map((citation) => (
              <div key={citation.style} className={styles.style} data-testid={`citation-${citation.style}`}>
                <dt>{citation.label}</dt>
                {/* citeproc's HTML: data values are escaped by citeproc, the markup is its own (italics). */}
                <dd className={styles.reference} dangerouslySetInnerHTML={{ __html: citation.html }} />
                <dd className={styles.copy}>
                  <CopyButton
                    text={citation.text}
                    label="Copy"
                    accessibleLabel={`Copy the ${citation.label} reference`}
                    copiedMessage="Copied"
                  />
                </dd>
              </div>
            ))}
          </dl>
          <p className={styles.downloads}>
            <span className={shared.muted}>Download:</span>
            {DOWNLOADS.map(({ format, label }) => (
              <a key={format} href={`${citePath}?format=${format}`} download className={styles.download} data-testid={`download-${format}`}>
                {label}
              </a>
            ))}
          </p>
        </>
      ) : (
        <p className={shared.muted}>This claim cites no source yet, so there is nothing to cite it by.</p>
      )}
    </section>
  );
}
