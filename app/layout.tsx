import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimtrail", template: "%s · Claimtrail" },
  description: "Who said what about AI, where, when, and how we know it.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a href="/" className="brand">Claimtrail</a>
          <span className="tagline">Who said what about AI, and how we know</span>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
