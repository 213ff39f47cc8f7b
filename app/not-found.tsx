import type { Metadata } from "next";
import { connection } from "next/server";
import { searchPath } from "@/lib/routes";

export const metadata: Metadata = { title: "Page not found" };

/** An address with nothing at it: a way back into the claims through a plain search form. */
export default async function NotFound() {
  // Rendered per request, so that it carries the request's CSP nonce.
  await connection();
  return (
    <div className="status-page">
      <p className="status-kicker">Not found</p>
      <h1>There is nothing at this address</h1>
      <p>The link may be mistyped, or the page may have moved. Search the claims instead:</p>
      <form action={searchPath()} method="get" role="search" className="status-search">
        <label htmlFor="not-found-q" className="sr-only">
          Search claims
        </label>
        <input id="not-found-q" type="search" name="q" placeholder="Jensen Huang, Qwen, 通義千問…" />
        <button type="submit" className="button">
          Search
        </button>
      </form>
    </div>
  );
}
