import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { ACCOUNT_PATH, ADMIN_PATH, SIGN_IN_PATH } from "@/lib/auth/paths";
import { currentUser } from "@/lib/auth/current-user";
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from "@/lib/crawl/page-metadata";
import { FLAGGED_PATH, NEW_QUOTE_PATH, entitiesPath, searchPath } from "@/lib/routes";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#141414" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <html lang={SITE_LANGUAGE}>
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <Link href={searchPath()} className="brand">
              Claimtrail
              <span className="brand-mark" aria-hidden="true">
                .
              </span>
            </Link>
            <nav aria-label="Site" className="site-nav">
              <ul>
                <li>
                  <Link href={searchPath()}>Search claims</Link>
                </li>
                <li>
                  <Link href={entitiesPath()}>People &amp; organisations</Link>
                </li>
                {user ? (
                  <>
                    {user.role !== "READER" ? (
                      <>
                        <li>
                          <Link href={NEW_QUOTE_PATH}>Add a quote</Link>
                        </li>
                        <li>
                          <Link href={FLAGGED_PATH}>Flagged</Link>
                        </li>
                      </>
                    ) : null}
                    <li>
                      <Link href={ACCOUNT_PATH}>Account</Link>
                    </li>
                    {user.role === "ADMIN" ? (
                      <li>
                        <Link href={ADMIN_PATH}>Admin</Link>
                      </li>
                    ) : null}
                    <li className="site-user" data-testid="header-user">
                      <span className="sr-only">Signed in as </span>
                      {user.name}
                    </li>
                  </>
                ) : (
                  <li>
                    <Link href={SIGN_IN_PATH}>Sign in</Link>
                  </li>
                )}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="site-footer-inner">
            <p>Claimtrail keeps every quote in its original words, with its translations, its sources and the trail between them.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
