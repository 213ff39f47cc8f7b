import { ACTUAL_SPEAKER_ONLY_MISATTRIBUTED } from "./claim-schemas";

// Who said a claim besides its speaker: co-speakers who said it with them, and, for a
// misattributed claim, who really said it. Neither may be the speaker itself.

export interface ClaimSpeakers {
  status: string;
  speakerId: number;
  actualSpeakerId: number | null;
  coSpeakerIds: number[];
}

/** What is wrong with a claim's speakers, by field (claims_actual_speaker_check, and the co-speakers). */
export function speakerProblems(claim: ClaimSpeakers): Record<string, string> {
  const fields: Record<string, string> = {};
  if (claim.actualSpeakerId !== null) {
    if (claim.status !== "MISATTRIBUTED") fields.actualSpeaker = ACTUAL_SPEAKER_ONLY_MISATTRIBUTED;
    else if (claim.actualSpeakerId === claim.speakerId) fields.actualSpeaker = "is the speaker the words are misattributed to";
  }
  if (claim.coSpeakerIds.includes(claim.speakerId)) fields.coSpeakers = "lists the speaker: co-speakers are the others who said it";
  return fields;
}
