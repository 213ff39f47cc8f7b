// Words on the claim page: its main statement, outlets, revision times. Dates are written by
// lib/domain/partial-date.ts.

/** The statement a claim is named by: the English one, else the first. */
export function mainStatement<T extends { lang: string; text: string }>(statements: T[]): T | undefined {
  return statements.find((statement) => statement.lang === "en") ?? statements[0];
}

/** The outlet a reader knows a source by: the newspaper or show, else its publisher, else its title. */
export function outletOf(source: { containerTitle: string | null; publisher: { name: string } | null; title: string }): string {
  return source.containerTitle ?? source.publisher?.name ?? source.title;
}

/** "12 Nov 2025, 14:03 UTC": when a revision was written. */
export function formatTimestampUtc(date: Date): string {
  const text = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  }).format(date);
  return `${text} UTC`;
}
