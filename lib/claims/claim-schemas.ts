import { z } from "zod";
import { AttributionStatus, ClaimRelationKind, PublicationState, Verdict } from "../db/generated/enums";
import { ZCitationInput } from "../citations/citation-schemas";
import {
  present,
  zCreateReason,
  zDay,
  zEdit,
  ZEntityRef,
  zId,
  zLang,
  zOptionalText,
  zPartialDate,
  zSlug,
  zText,
} from "../editing/schema-parts";

// A claim: the normalised assertion (one statement per language), who made it and when, how
// well it is attributed, and what it is about. Drafts are claims not yet shown to readers;
// a claim is published only once it is cited.

const ZStatement = z.strictObject({ lang: zLang, text: zText(5_000) });

const zStatements = z
  .array(ZStatement)
  .min(1, "needs at least one statement")
  .max(20, "takes at most 20 statements")
  .superRefine((statements, ctx) => {
    const langs = new Set<string>();
    statements.forEach((statement, index) => {
      if (langs.has(statement.lang)) ctx.addIssue({ code: "custom", path: [index, "lang"], message: "one statement per language" });
      langs.add(statement.lang);
    });
  })
  .meta({ description: "One statement per language." });

const zStatus = z
  .enum(AttributionStatus, { error: `must be one of ${Object.values(AttributionStatus).join(", ")}` })
  .meta({ examples: ["SOURCED_UNVERIFIED"] });
const zState = z.enum(PublicationState, { error: "must be DRAFT or PUBLISHED" });
/** DEPRECATED is reached through deprecation, which keeps the reason. */
const zRank = z
  .enum(["PREFERRED", "NORMAL"], { error: "must be PREFERRED or NORMAL (deprecate a claim to rank it DEPRECATED)" })
  .meta({ examples: ["NORMAL"] });

const zCoSpeakers = z
  .array(ZEntityRef)
  .max(20, "takes at most 20 co-speakers")
  .meta({ description: "Those who said it together with the speaker, such as an op-ed's co-authors." });

const claimShape = {
  slug: zSlug.optional().meta({ description: "Readable part of the permalink; made from the English statement when left out." }),
  statements: zStatements,
  claimedAt: zPartialDate.nullable().optional().meta({ description: "When it was said: YYYY, YYYY-MM or YYYY-MM-DD." }),
  status: zStatus.optional().meta({ description: "Defaults to SOURCED_UNVERIFIED when cited, UNSOURCED otherwise." }),
  misattributedBy: ZEntityRef.nullable().optional(),
  misattributionEvidence: zOptionalText(5_000),
  actualSpeaker: ZEntityRef.nullable().optional().meta({ description: "MISATTRIBUTED only: who really said the words, when known." }),
  rank: zRank.default("NORMAL"),
  rankReason: zOptionalText(2_000),
  verdict: z
    .enum(Verdict, { error: `must be one of ${Object.values(Verdict).join(", ")}` })
    .nullable()
    .optional(),
  verdictNote: zOptionalText(5_000),
  tags: z.array(zSlug).max(50, "takes at most 50 tags").default([]).meta({ description: "Tag slugs; unknown tags are created." }),
  coSpeakers: zCoSpeakers.default([]),
  entities: z.array(ZEntityRef).max(50, "takes at most 50 entities").default([]).meta({ description: "What the claim is about." }),
  state: zState.default("PUBLISHED"),
};

export const ACTUAL_SPEAKER_ONLY_MISATTRIBUTED = "is only for a MISATTRIBUTED claim: the speaker is who said it";

/** Mirrors claims_misattribution_check and claims_rank_reason_check, by field. */
function checkClaimRules(
  claim: {
    status?: string | null;
    misattributedBy?: unknown;
    misattributionEvidence?: string | null;
    actualSpeaker?: unknown;
    rank?: string | null;
    rankReason?: string | null;
  },
  ctx: z.RefinementCtx,
): void {
  if (claim.status === "MISATTRIBUTED") {
    if (!claim.misattributedBy)
      ctx.addIssue({ code: "custom", path: ["misattributedBy"], message: "say who put these words in the speaker's mouth" });
    if (!claim.misattributionEvidence)
      ctx.addIssue({ code: "custom", path: ["misattributionEvidence"], message: "show the evidence of the misattribution" });
  } else if (claim.actualSpeaker) {
    ctx.addIssue({ code: "custom", path: ["actualSpeaker"], message: ACTUAL_SPEAKER_ONLY_MISATTRIBUTED });
  }
  if (claim.rank === "PREFERRED" && !claim.rankReason)
    ctx.addIssue({ code: "custom", path: ["rankReason"], message: "say why this claim is preferred" });
}

/** checkClaimRules as JSON Schema. */
const CLAIM_RULES = [
  {
    if: { required: ["status"], properties: { status: { const: "MISATTRIBUTED" } } },
    then: present("misattributedBy", "misattributionEvidence"),
    else: { properties: { actualSpeaker: { type: "null" } } },
  },
  { if: { required: ["rank"], properties: { rank: { const: "PREFERRED" } } }, then: present("rankReason") },
];

/** JSON Schema: a claim that is not saved as a DRAFT (PUBLISHED is the default)… */
export const UNLESS_DRAFT = { not: { required: ["state"], properties: { state: { const: "DRAFT" } } } };
/** …needs a citation. */
export const CITED = { required: ["citations"], properties: { citations: { minItems: 1 } } };

/** A new claim, as part of adding a quote (the quote's speaker is the claim's speaker). */
export const ZNewClaim = z.strictObject(claimShape).superRefine(checkClaimRules).meta({ id: "NewClaim", allOf: CLAIM_RULES });
export type TNewClaim = z.output<typeof ZNewClaim>;

/** A claim on its own, such as a figure, cited as a whole. */
export const ZCreateClaim = z
  .strictObject({ speaker: ZEntityRef, ...claimShape, citations: z.array(ZCitationInput).max(50).default([]), reason: zCreateReason })
  .superRefine(checkClaimRules)
  .superRefine((claim, ctx) => {
    if (claim.citations.length === 0 && claim.state === "PUBLISHED") {
      ctx.addIssue({
        code: "custom",
        path: ["citations"],
        message: "a claim needs at least one citation to be published; add one, or save it as a DRAFT",
      });
    }
  })
  .meta({
    id: "CreateClaim",
    allOf: [...CLAIM_RULES, { if: UNLESS_DRAFT, then: CITED }],
    examples: [
      {
        speaker: { slug: "jensen-huang" },
        statements: [{ lang: "en", text: "Nvidia's share of China's AI accelerator market fell to zero." }],
        claimedAt: "2025-10",
        citations: [{ source: { id: 1 }, role: "PRIMARY", exact: "our market share in China went from 95% to zero" }],
      },
    ],
  });
export type TCreateClaim = z.input<typeof ZCreateClaim>;

export const ZUpdateClaim = z
  .strictObject({
    ...zEdit,
    slug: zSlug.optional(),
    speaker: ZEntityRef.optional(),
    statements: zStatements.optional().meta({ description: "Replaces every statement." }),
    claimedAt: claimShape.claimedAt,
    status: zStatus.optional(),
    misattributedBy: claimShape.misattributedBy,
    misattributionEvidence: claimShape.misattributionEvidence,
    actualSpeaker: claimShape.actualSpeaker,
    rank: zRank.optional(),
    rankReason: claimShape.rankReason,
    verdict: claimShape.verdict,
    verdictNote: claimShape.verdictNote,
    tags: z.array(zSlug).max(50, "takes at most 50 tags").optional(),
    coSpeakers: zCoSpeakers.optional().meta({ description: "Replaces every co-speaker." }),
    entities: z.array(ZEntityRef).max(50, "takes at most 50 entities").optional(),
    state: zState.optional(),
  })
  .meta({ id: "UpdateClaim" });
export type TUpdateClaim = z.input<typeof ZUpdateClaim>;

export const ZLinkClaims = z
  .strictObject({
    toClaimId: zId,
    kind: z.enum(ClaimRelationKind, { error: `must be one of ${Object.values(ClaimRelationKind).join(", ")}` }),
    relatedAt: zDay.nullable().optional().meta({ description: "When the relation arose, such as the day of a walk-back." }),
    sourceId: zId.nullable().optional().meta({ description: "The source that shows the relation." }),
    note: zOptionalText(2_000),
    reason: zCreateReason,
  })
  .meta({ id: "LinkClaims", description: "This claim (from) walks back / retracts / … toClaimId." });
export type TLinkClaims = z.input<typeof ZLinkClaims>;
