import styles from "./edit.module.css";

const SAVED: Record<string, string> = {
  claim: "Saved. The form shows the claim as it is now.",
  quote: "Saved. The form shows the quote as it is now.",
  relation: "The relation is recorded.",
  deprecated: "Deprecated. The reason is kept in the history.",
};

/** What the last action on this page did, after its redirect back here. */
export function SavedNotice({ saved }: { saved: string | undefined }) {
  const text = saved ? SAVED[saved] : undefined;
  return text ? (
    <p role="status" className={styles.success} data-testid="saved-notice">
      {text}
    </p>
  ) : null;
}
