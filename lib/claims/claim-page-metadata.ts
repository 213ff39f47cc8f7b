import { isoPartialDate } from "../domain/partial-date";
import { bylineText, type BylineClaim, type BylinePerson } from "./claim-byline";
import { mainStatement } from "./claim-page-format";
import type { ClaimPage } from "./find-claim-page";

// The words a shared link shows: "Jensen Huang: “China is going to win the AI race.”".

const MAX_QUOTE = 90;

/** `text` cut at a word (or, for Chinese, a character) so that it fits in `max` characters. */
export function shorten(text: string, max = MAX_QUOTE): string {
  const clean = text.replace(/\s+/g, " ").trim();
  const characters = Array.from(clean);
  if (characters.length <= max) return clean;
  const cut = characters.slice(0, max - 1).join("");
  const atWord = cut.replace(/\s+\S*$/, "");
  return `${(atWord.length > max / 2 ? atWord : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** Headed by who said it (never the speaker of a misattribution): see claim-byline.ts. */
export function claimTitle(
  claim: BylineClaim<BylinePerson> & { quotes: { text: string; lang: string }[]; statements: { text: string; lang: string }[] },
): string {
  const quote = claim.quotes[0];
  const words = quote?.text ?? mainStatement(claim.statements)?.text ?? "";
  const zh = quote ? quote.lang.startsWith("zh") : false;
  return `${bylineText(claim)}: ${zh ? "「" : "“"}${shorten(words)}${zh ? "」" : "”"}`;
}

export function claimDescription(claim: Pick<ClaimPage, "statements">): string {
  return shorten(mainStatement(claim.statements)?.text ?? "", 200);
}

/** Open Graph's article:published_time, no more precise than the claim's date ("2025", "2025-10"). */
export function claimPublishedTime(claim: Pick<ClaimPage, "claimedAt" | "claimedAtPrecision">): { publishedTime?: string } {
  return claim.claimedAt ? { publishedTime: isoPartialDate(claim.claimedAt, claim.claimedAtPrecision) } : {};
}
