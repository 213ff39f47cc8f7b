// Who said a claim, as every surface names it (page, card, title, JSON-LD, citation note): the
// speaker with any co-speakers; for a misattributed claim, who really said it, or nobody
// known, never the speaker the words are wrongly attributed to.

export interface BylinePerson {
  slug: string;
  name: string;
}

export interface BylineClaim<P extends BylinePerson> {
  speaker: P;
  coSpeakers: P[];
  status: string;
  actualSpeaker: P | null;
}

export const UNKNOWN_SPEAKER = "Unknown speaker";

export const isMisattributed = (claim: { status: string }) => claim.status === "MISATTRIBUTED";

/** Those who said it: the speaker and co-speakers, or for a misattributed claim the actual speaker (none when unknown). */
export function saidBy<P extends BylinePerson>(claim: BylineClaim<P>): P[] {
  if (isMisattributed(claim)) return claim.actualSpeaker ? [claim.actualSpeaker] : [];
  return [claim.speaker, ...claim.coSpeakers];
}

/** "Eric Schmidt", "Eric Schmidt and Selina Xu", "A, B and C". */
export function listNames(names: string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : (names[0] ?? "");
}

/** The byline in words: the names of those who said it, or "Unknown speaker". */
export function bylineText<P extends BylinePerson>(claim: BylineClaim<P>): string {
  return listNames(saidBy(claim).map((person) => person.name)) || UNKNOWN_SPEAKER;
}
