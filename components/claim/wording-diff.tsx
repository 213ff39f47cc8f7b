import type { DiffSegment } from "@/lib/citations/wording-diff";
import styles from "./claim-page.module.css";

/** Wording with what changed marked: <ins> for added text, <del> for removed text. */
export function WordingDiff({ segments }: { segments: DiffSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.kind === "same" ? (
          <span key={index}>{segment.text}</span>
        ) : segment.kind === "added" ? (
          <ins key={index} className={styles.added}>
            <span className={styles.srOnly}>added: </span>
            {segment.text}
          </ins>
        ) : (
          <del key={index} className={styles.removed}>
            <span className={styles.srOnly}>removed: </span>
            {segment.text}
          </del>
        ),
      )}
    </>
  );
}
