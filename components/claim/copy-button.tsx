"use client";

import { useEffect, useRef, useState } from "react";
import styles from "./copy-button.module.css";

/**
 * Copies `text` to the clipboard and says so. Where the Clipboard API is missing or refused
 * (insecure origin, permissions), the text is shown selected for the reader to copy.
 */
export function CopyButton({
  text,
  label,
  accessibleLabel,
  copiedMessage = "Copied",
  testId,
}: {
  text: string;
  label: string;
  /** What the button copies, for screen readers, when the visible label is just "Copy". */
  accessibleLabel?: string;
  copiedMessage?: string;
  testId?: string;
}) {
  const [state, setState] = useState<"idle" | "copied" | "manual">("idle");
  const fallback = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state === "manual") fallback.current?.select();
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("manual");
    }
  }

  return (
    <span className={styles.copy}>
      <button type="button" className={styles.button} onClick={copy} aria-label={accessibleLabel} data-testid={testId}>
        {label}
      </button>
      <span role="status" className={styles.status}>
        {state === "copied" ? copiedMessage : ""}
      </span>
      {state === "manual" ? (
        <label className={styles.fallback}>
          Copying is not available here: press Ctrl+C (⌘C on a Mac) to copy.
          <input ref={fallback} readOnly value={text} onFocus={(event) => event.currentTarget.select()} />
        </label>
      ) : null}
    </span>
  );
}
