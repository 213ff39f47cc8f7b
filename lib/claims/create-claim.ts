import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import { writeCitation } from "../citations/create-citation";
import type { Db } from "../db/client";
import { claimKind, type ClaimSnapshot } from "./claim-record";
import { fieldPath, resolveEntityId, resolveEntityIds, resolveTagIds } from "../editing/resolve";
import { slugify } from "../editing/slug";
import { inEditSession, type EditSession } from "../editing/transaction";
import { parseInput } from "../editing/validation";
import { AppError } from "../errors";
import { speakerProblems } from "./claim-speakers";
import { requireAnchoredPrimary } from "./anchored-primary";
import { ZCreateClaim, type TCreateClaim, type TNewClaim } from "./claim-schemas";
import { createRecord } from "../editing/create-record";

/** A claim on its own (a figure, say), cited as a whole; without citations only as a draft. */
export async function createClaim(db: Db, actor: Actor, input: TCreateClaim): Promise<ClaimSnapshot> {
  requireRole(actor, "EDITOR");
  const { speaker, citations, reason, ...claim } = parseInput(ZCreateClaim, input);
  return inEditSession(db, actor, reason ?? "Added a claim.", async (session) => {
    const speakerId = await resolveEntityId(session.tx, speaker, "speaker");
    const created = await writeClaim(session, speakerId, claim, citations.length > 0, "");
    for (const [index, citation] of citations.entries())
      await writeCitation(session, { claimId: created.id }, citation, `citations.${index}`);
    await requireAnchoredPrimary(session.tx, created.id, created.status, "status");
    return created;
  });
}

/** The permalink's readable part: from the English statement, else the first one, else "claim". */
function claimSlug(statements: { lang: string; text: string }[]): string {
  const main = statements.find((statement) => statement.lang === "en") ?? statements[0];
  return (main && slugify(main.text)) || "claim";
}

/**
 * Creates a claim in the session's transaction. `cited` says whether citations come with it:
 * it sets the default attribution status (SOURCED_UNVERIFIED, else UNSOURCED).
 */
export async function writeClaim(
  session: EditSession,
  speakerId: number,
  claim: TNewClaim,
  cited: boolean,
  path: string,
): Promise<ClaimSnapshot> {
  const { tx } = session;
  const status = claim.status ?? (cited ? "SOURCED_UNVERIFIED" : "UNSOURCED");
  const actualSpeakerId = claim.actualSpeaker ? await resolveEntityId(tx, claim.actualSpeaker, fieldPath(path, "actualSpeaker")) : null;
  const coSpeakerIds = await resolveEntityIds(tx, claim.coSpeakers, fieldPath(path, "coSpeakers"));
  const problems = Object.entries(speakerProblems({ status, speakerId, actualSpeakerId, coSpeakerIds }));
  // Which entities the refs name is known only now: a rule the data breaks, not the body's shape.
  if (problems.length)
    throw new AppError(
      "unprocessable",
      "The change breaks a rule.",
      Object.fromEntries(problems.map(([field, message]) => [fieldPath(path, field), message])),
    );
  return createRecord(session, claimKind, {
    slug: claim.slug ?? claimSlug(claim.statements),
    speakerId,
    claimedAt: claim.claimedAt?.date ?? null,
    claimedAtPrecision: claim.claimedAt?.precision ?? null,
    status,
    misattributedById: claim.misattributedBy ? await resolveEntityId(tx, claim.misattributedBy, fieldPath(path, "misattributedBy")) : null,
    misattributionEvidence: claim.misattributionEvidence ?? null,
    actualSpeakerId,
    rank: claim.rank,
    rankReason: claim.rankReason ?? null,
    verdict: claim.verdict ?? null,
    verdictNote: claim.verdictNote ?? null,
    state: claim.state,
    statements: { create: claim.statements },
    coSpeakers: { create: coSpeakerIds.map((entityId) => ({ entityId })) },
    entities: { create: (await resolveEntityIds(tx, claim.entities, fieldPath(path, "entities"))).map((entityId) => ({ entityId })) },
    tags: { create: (await resolveTagIds(tx, claim.tags)).map((tagId) => ({ tagId })) },
  });
}
