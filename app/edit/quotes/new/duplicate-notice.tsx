import type { DuplicateCandidate } from "@/lib/quotes/find-quote-duplicates";
import { claimPath } from "@/lib/routes";
import styles from "@/components/editing/edit.module.css";

/** Likely duplicates, found before saving: add the citation to one of them, or save anyway. */
export function DuplicateNotice({ candidates, draft, pending }: { candidates: DuplicateCandidate[]; draft: boolean; pending: boolean }) {
  return (
    <section role="alert" aria-labelledby="duplicates-heading" className={styles.notice} data-testid="duplicates">
      <h2 id="duplicates-heading">This quote may already be recorded</h2>
      <p>Nothing is saved yet. If one of these is the same quote, add your citation to it; otherwise save yours as a different quote.</p>
      <ul className={styles.candidates}>
        {candidates.map((candidate) => (
          <li key={`${candidate.quoteId ?? "c"}-${candidate.claimId}`} data-testid="duplicate-candidate">
            <blockquote>{candidate.text}</blockquote>
            <p>
              {candidate.speaker.name},{" "}
              <a href={claimPath({ id: candidate.claimId, slug: candidate.claimSlug })}>claim #{candidate.claimId}</a> ·{" "}
              {candidate.match === "same" ? "the same words" : `close: ${Math.round(candidate.similarity * 100)}% of the words in common`}
            </p>
            {candidate.quoteId ? (
              <button type="submit" name="intent" value={`add-citation:${candidate.quoteId}`} className={styles.button} disabled={pending}>
                Add this citation to the existing quote instead
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <button type="submit" name="intent" value={draft ? "confirm-draft" : "confirm"} className={styles.secondary} disabled={pending}>
        {draft ? "It is a different quote — save it as a draft anyway" : "It is a different quote — save anyway"}
      </button>
    </section>
  );
}
