import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { editRecord } from "../editing/edit-record";
import { claimKind, type ClaimSnapshot, type ClaimState } from "./claim-record";
import type { Tx } from "../editing/record-kind";
import { resolveEntityId, resolveEntityIds, resolveTagIds } from "../editing/resolve";
import { parseInput } from "../editing/validation";
import { speakerProblems } from "./claim-speakers";
import { ZUpdateClaim, type TUpdateClaim } from "./claim-schemas";

/**
 * Changes a claim; lists (statements, entities, tags), when given, replace the whole list.
 * Publishing is refused while the claim is not cited: readers only ever see sourced claims.
 */
export async function updateClaim(db: Db, actor: Actor, id: number, input: TUpdateClaim): Promise<ClaimSnapshot> {
  requireRole(actor, "EDITOR");
  const { version, reason, ...patch } = parseInput(ZUpdateClaim, input);
  return editRecord(db, actor, claimKind, id, { version, reason, action: "UPDATE" }, async (current, tx) => {
    const keep = (key: keyof typeof patch) => patch[key] === undefined;
    const speakerId = patch.speaker ? await resolveEntityId(tx, patch.speaker, "speaker") : current.speakerId;
    const next: ClaimState = {
      ...current,
      slug: patch.slug ?? current.slug,
      speakerId,
      statements: patch.statements ?? current.statements,
      claimedAt: keep("claimedAt") ? current.claimedAt : (patch.claimedAt?.date.toISOString() ?? null),
      claimedAtPrecision: keep("claimedAt") ? current.claimedAtPrecision : (patch.claimedAt?.precision ?? null),
      status: patch.status ?? current.status,
      misattributedById: keep("misattributedBy")
        ? current.misattributedById
        : patch.misattributedBy
          ? await resolveEntityId(tx, patch.misattributedBy, "misattributedBy")
          : null,
      misattributionEvidence: keep("misattributionEvidence") ? current.misattributionEvidence : patch.misattributionEvidence!,
      actualSpeakerId: keep("actualSpeaker")
        ? current.actualSpeakerId
        : patch.actualSpeaker
          ? await resolveEntityId(tx, patch.actualSpeaker, "actualSpeaker")
          : null,
      rank: patch.rank ?? current.rank,
      rankReason: keep("rankReason") ? current.rankReason : patch.rankReason!,
      verdict: keep("verdict") ? current.verdict : patch.verdict!,
      verdictNote: keep("verdictNote") ? current.verdictNote : patch.verdictNote!,
      state: patch.state ?? current.state,
      coSpeakers: patch.coSpeakers
        ? (await resolveEntityIds(tx, patch.coSpeakers, "coSpeakers")).map((entityId) => ({ entityId }))
        : current.coSpeakers,
      entities: patch.entities
        ? (await resolveEntityIds(tx, patch.entities, "entities")).map((entityId) => ({ entityId }))
        : current.entities,
      tags: patch.tags ? (await resolveTagIds(tx, patch.tags)).map((tagId) => ({ tagId })) : current.tags,
    };
    checkClaimState(next);
    if (next.state === "PUBLISHED" && current.state !== "PUBLISHED" && !(await isCited(tx, id))) {
      throw new AppError("unprocessable", "A claim is published only once it is cited.", {
        state: "cite every quote of the claim (or the claim itself) before publishing it",
      });
    }
    return next;
  });
}

/** The claims table's own rules, worded by field, on the claim as it would be saved. */
function checkClaimState(claim: ClaimState): void {
  const fields = speakerProblems({ ...claim, coSpeakerIds: claim.coSpeakers.map((coSpeaker) => coSpeaker.entityId) });
  if (claim.status === "MISATTRIBUTED") {
    if (claim.misattributedById === null) fields.misattributedBy = "say who put these words in the speaker's mouth";
    if (!claim.misattributionEvidence) fields.misattributionEvidence = "show the evidence of the misattribution";
  }
  if (claim.rank !== "NORMAL" && !claim.rankReason) fields.rankReason = `say why this claim is ${claim.rank.toLowerCase()}`;
  // The claim as it would be saved, the stored fields with the change: the change breaks a rule (422), whatever its shape.
  if (Object.keys(fields).length) throw new AppError("unprocessable", "The change breaks a rule.", fields);
}

/** Every live quote has a live citation; a claim without quotes is cited itself. */
async function isCited(tx: Tx, claimId: number): Promise<boolean> {
  const live = { deprecatedAt: null };
  const [quotes, uncitedQuotes, claimCitations] = await Promise.all([
    tx.quote.count({ where: { claimId, ...live } }),
    tx.quote.count({ where: { claimId, ...live, citations: { none: live } } }),
    tx.citation.count({ where: { claimId, ...live } }),
  ]);
  return quotes > 0 ? uncitedQuotes === 0 : claimCitations > 0;
}
