import type { ReactNode } from "react";
import { hrefOf, withPage } from "./search-url";
import type { Follow } from "./search-page";
import styles from "./search.module.css";

/** The first, last and nearby pages, with gaps where pages are skipped. */
function pageNumbers(page: number, pages: number): (number | "gap")[] {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? ["gap" as const, n] : [n]));
}

export function Pager({ params, page, pages, follow }: { params: URLSearchParams; page: number; pages: number; follow: Follow }) {
  const link = (
    target: number,
    children: ReactNode,
    attributes: { rel?: string; "aria-current"?: "page"; className?: string; label?: string } = {},
  ) => {
    const next = withPage(params, target);
    return (
      <a
        href={hrefOf(next)}
        onClick={(event) => follow(event, next, { toResults: true })}
        rel={attributes.rel}
        aria-current={attributes["aria-current"]}
        aria-label={attributes.label}
        className={attributes.className}
      >
        {children}
      </a>
    );
  };
  return (
    <nav className={styles.pager} aria-label="Result pages">
      {page > 1 ? (
        link(
          page - 1,
          <>
            <span aria-hidden="true">← </span>Previous
          </>,
          { rel: "prev", className: styles.pagerStep },
        )
      ) : (
        <span className={styles.pagerStep} aria-hidden="true" />
      )}
      <ol className={styles.pageList}>
        {pageNumbers(page, pages).map((n, i) => (
          <li key={n === "gap" ? `gap-${i}` : n}>
            {n === "gap" ? (
              <span aria-hidden="true">…</span>
            ) : (
              link(n, n, { "aria-current": n === page ? "page" : undefined, label: `Page ${n}` })
            )}
          </li>
        ))}
      </ol>
      {page < pages ? (
        link(
          page + 1,
          <>
            Next<span aria-hidden="true"> →</span>
          </>,
          { rel: "next", className: styles.pagerStep },
        )
      ) : (
        <span className={styles.pagerStep} aria-hidden="true" />
      )}
    </nav>
  );
}
