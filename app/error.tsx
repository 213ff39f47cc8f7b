"use client";

import { searchPath } from "@/lib/routes";

/** Any page that failed to render: say so plainly, offer to try again or to search. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <div className="status-page" role="alert">
      <p className="status-kicker">Something went wrong</p>
      <h1>This page could not be shown</h1>
      <p>It may be a passing problem on our side. Try again, or go back to the search.</p>
      <p className="status-actions">
        <button type="button" className="button" onClick={() => retry()}>
          Try again
        </button>
        <a href={searchPath()}>Back to the search</a>
      </p>
      {digest ? <p className="status-reference">Reference for a report: {digest}</p> : null}
    </div>
  );
}
