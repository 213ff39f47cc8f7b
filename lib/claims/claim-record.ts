import type { Prisma } from "../db/generated/client";
import { enqueueIndexUpdate } from "../search/outbox";
import { fromIso, toJson, type Jsonified } from "../editing/json";
import type { CreatableKind, EditableKind } from "../editing/record-kind";
import { requireAnchoredPrimary } from "./anchored-primary";

/** What a snapshot holds besides the row, for the edit log and the API's reads alike. */
export const CLAIM_INCLUDE = {
  statements: { orderBy: { lang: "asc" } },
  coSpeakers: { orderBy: { entityId: "asc" } },
  entities: { orderBy: { entityId: "asc" } },
  tags: { orderBy: { tagId: "asc" } },
} satisfies Prisma.ClaimInclude;

export type ClaimSnapshot = Jsonified<Prisma.ClaimGetPayload<{ include: typeof CLAIM_INCLUDE }>>;

/** A claim as written: its parts by content alone. */
export type ClaimState = Omit<ClaimSnapshot, "statements" | "coSpeakers" | "entities" | "tags"> & {
  statements: { lang: string; text: string }[];
  coSpeakers: { entityId: number }[];
  entities: { entityId: number }[];
  tags: { tagId: number }[];
};

export const claimKind: EditableKind<ClaimSnapshot, ClaimState> & CreatableKind<ClaimSnapshot, Prisma.ClaimUncheckedCreateInput> = {
  type: "claim",
  label: "claim",
  indexAs: "claim",
  async load(tx, id) {
    const row = await tx.claim.findUnique({ where: { id }, include: CLAIM_INCLUDE });
    return row && toJson(row);
  },
  async insert(tx, data) {
    return (await tx.claim.create({ data, select: { id: true } })).id;
  },
  async claimVersion(tx, id, version) {
    return (await tx.claim.updateMany({ where: { id, version }, data: { version: { increment: 1 } } })).count === 1;
  },
  async write(tx, id, claim) {
    // Entities the claim leaves count one claim fewer: their entity documents are refreshed.
    const before = await tx.claim.findUniqueOrThrow({
      where: { id },
      select: { speakerId: true, entities: { select: { entityId: true } } },
    });
    const kept = new Set([claim.speakerId, ...claim.entities.map((entity) => entity.entityId)]);
    for (const left of new Set([before.speakerId, ...before.entities.map((entity) => entity.entityId)])) {
      if (!kept.has(left)) await enqueueIndexUpdate(tx, "entitySummary", left);
    }
    await tx.claim.update({
      where: { id },
      data: {
        slug: claim.slug,
        speakerId: claim.speakerId,
        claimedAt: fromIso(claim.claimedAt),
        claimedAtPrecision: claim.claimedAtPrecision,
        status: claim.status,
        misattributedById: claim.misattributedById,
        misattributionEvidence: claim.misattributionEvidence,
        actualSpeakerId: claim.actualSpeakerId,
        rank: claim.rank,
        rankReason: claim.rankReason,
        verdict: claim.verdict,
        verdictNote: claim.verdictNote,
        state: claim.state,
      },
    });
    // Parts are kept or replaced by content, so an unchanged statement keeps its row.
    const statements = claim.statements.map(({ lang, text }) => ({ lang, text }));
    await tx.claimStatement.deleteMany({ where: { claimId: id, NOT: { OR: statements } } });
    await tx.claimStatement.createMany({ data: statements.map((statement) => ({ claimId: id, ...statement })), skipDuplicates: true });
    const coSpeakerIds = claim.coSpeakers.map((coSpeaker) => coSpeaker.entityId);
    await tx.claimCoSpeaker.deleteMany({ where: { claimId: id, entityId: { notIn: coSpeakerIds } } });
    await tx.claimCoSpeaker.createMany({ data: coSpeakerIds.map((entityId) => ({ claimId: id, entityId })), skipDuplicates: true });
    const entityIds = claim.entities.map((entity) => entity.entityId);
    await tx.claimEntity.deleteMany({ where: { claimId: id, entityId: { notIn: entityIds } } });
    await tx.claimEntity.createMany({ data: entityIds.map((entityId) => ({ claimId: id, entityId })), skipDuplicates: true });
    const tagIds = claim.tags.map((tag) => tag.tagId);
    await tx.claimTag.deleteMany({ where: { claimId: id, tagId: { notIn: tagIds } } });
    await tx.claimTag.createMany({ data: tagIds.map((tagId) => ({ claimId: id, tagId })), skipDuplicates: true });
  },
  // A claim stays findable when deprecated (readers may filter on rank), so it is ranked down, not hidden.
  deprecated: (claim, reason) => ({ ...claim, rank: "DEPRECATED", rankReason: reason }),
  // A status changed to VERIFIED_PRIMARY needs an anchored primary citation.
  afterEdit: async (tx, _authorId, before, after) => {
    if (after.status !== before.status) await requireAnchoredPrimary(tx, after.id, after.status, "status");
  },
};
