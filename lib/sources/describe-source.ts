import { SOURCE_TYPE_LABELS, labelFor } from "../domain/labels";
import type { SourcePage } from "./find-source-page";
import { formatPartialDate } from "../domain/partial-date";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The page's meta description: what the source is, and its place in the relay chain. */
export function describeSource(
  source: Pick<SourcePage, "type" | "containerTitle" | "publisher" | "issued" | "issuedPrecision" | "citations" | "relays" | "relayedBy">,
): string {
  const what = [
    labelFor(SOURCE_TYPE_LABELS, source.type),
    source.containerTitle ?? source.publisher?.name,
    source.issued ? formatPartialDate(source.issued, source.issuedPrecision) : null,
  ]
    .filter(Boolean)
    .join(", ");
  return `${what}. ${count(source.citations.length, "citation", "citations")} at this source; it relays ${count(source.relays.length, "source", "sources")} and is relayed by ${count(source.relayedBy.length, "source", "sources")}.`;
}
