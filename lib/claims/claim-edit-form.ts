import "server-only";
import { requireRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { invalidField } from "../editing/resolve";
import { findSourceByUrl } from "../sources/find-source-by-url";
import { list, numberOrText, optional, orNull, rows, type FormValues } from "../editing/form-values";
import { isoPartialDate } from "../domain/partial-date";
import type { TLinkClaims, TUpdateClaim } from "./claim-schemas";

// The claim edit form: the claim as form values, and the form read back into updateClaim's
// input. Every field is sent, so what the editor sees is what is saved.

export interface ClaimEditForm {
  claim: { id: number; slug: string; state: string; rank: string; speaker: { slug: string; name: string } };
  quotes: { id: number; text: string; lang: string; deprecated: boolean }[];
  values: FormValues;
}

/** Snapshot fields that the form shows under another name. */
export const CLAIM_FORM_FIELD_OF: Record<string, string> = {
  claimedAtPrecision: "claimedAt",
  speakerId: "speaker",
  misattributedById: "misattributedBy",
  actualSpeakerId: "actualSpeaker",
};

export async function loadClaimEditForm(db: Db, actor: Actor, id: number): Promise<ClaimEditForm | null> {
  requireRole(actor, "EDITOR");
  const claim = await db.claim.findUnique({
    where: { id },
    include: {
      speaker: { select: { slug: true, name: true } },
      misattributedBy: { select: { slug: true, name: true } },
      actualSpeaker: { select: { slug: true, name: true } },
      coSpeakers: { include: { entity: { select: { slug: true } } }, orderBy: { entityId: "asc" } },
      statements: { orderBy: { lang: "asc" } },
      tags: { include: { tag: { select: { slug: true } } }, orderBy: { tagId: "asc" } },
      entities: { include: { entity: { select: { slug: true } } }, orderBy: { entityId: "asc" } },
      quotes: { select: { id: true, text: true, lang: true, deprecatedAt: true }, orderBy: { id: "asc" } },
    },
  });
  if (!claim) return null;
  const values: FormValues = {
    version: String(claim.version),
    slug: claim.slug,
    speaker: claim.speaker.slug,
    speakerLabel: claim.speaker.name,
    claimedAt: claim.claimedAt ? isoPartialDate(claim.claimedAt, claim.claimedAtPrecision) : "",
    status: claim.status,
    // A deprecated claim keeps its rank unless the editor picks another (deprecation is its own action).
    rank: claim.rank === "DEPRECATED" ? "" : claim.rank,
    rankReason: claim.rankReason ?? "",
    verdict: claim.verdict ?? "",
    verdictNote: claim.verdictNote ?? "",
    misattributedBy: claim.misattributedBy?.slug ?? "",
    misattributedByLabel: claim.misattributedBy?.name ?? "",
    misattributionEvidence: claim.misattributionEvidence ?? "",
    actualSpeaker: claim.actualSpeaker?.slug ?? "",
    actualSpeakerLabel: claim.actualSpeaker?.name ?? "",
    coSpeakers: claim.coSpeakers.map(({ entity }) => entity.slug).join(", "),
    tags: claim.tags.map(({ tag }) => tag.slug).join(", "),
    entities: claim.entities.map(({ entity }) => entity.slug).join(", "),
    state: claim.state,
  };
  claim.statements.forEach((statement, index) => {
    values[`statements.${index}.lang`] = statement.lang;
    values[`statements.${index}.text`] = statement.text;
  });
  return {
    claim: { id: claim.id, slug: claim.slug, state: claim.state, rank: claim.rank, speaker: claim.speaker },
    quotes: claim.quotes.map((quote) => ({ id: quote.id, text: quote.text, lang: quote.lang, deprecated: quote.deprecatedAt !== null })),
    values,
  };
}

export function claimUpdateFromForm(values: FormValues): TUpdateClaim {
  const value = (name: string) => values[name] ?? "";
  return {
    version: numberOrText(value("version"))!,
    reason: value("reason"),
    slug: optional(value("slug")),
    speaker: optional(value("speaker")) ? { slug: value("speaker") } : undefined,
    statements: rows(values, "statements").map((row) => ({ lang: row("lang"), text: row("text") })),
    claimedAt: orNull(value("claimedAt")),
    status: value("status") as "UNSOURCED",
    rank: optional(value("rank")) as "NORMAL" | undefined,
    rankReason: orNull(value("rankReason")),
    verdict: orNull(value("verdict")) as "TRUE" | null,
    verdictNote: orNull(value("verdictNote")),
    misattributedBy: optional(value("misattributedBy")) ? { slug: value("misattributedBy") } : null,
    misattributionEvidence: orNull(value("misattributionEvidence")),
    actualSpeaker: optional(value("actualSpeaker")) ? { slug: value("actualSpeaker") } : null,
    coSpeakers: list(value("coSpeakers")).map((slug) => ({ slug })),
    tags: list(value("tags")),
    entities: list(value("entities")).map((slug) => ({ slug })),
    state: value("state") as "DRAFT",
  };
}

/** The relation form; its source is named by its address, and must be recorded already. */
export async function claimLinkFromForm(db: Db, actor: Actor, values: FormValues): Promise<TLinkClaims> {
  const value = (name: string) => values[name] ?? "";
  let sourceId: number | null = null;
  if (optional(value("sourceUrl"))) {
    const found = await findSourceByUrl(db, actor, value("sourceUrl"));
    if (found.status === "invalid") throw invalidField("sourceUrl", found.message);
    if (found.status === "new")
      throw invalidField("sourceUrl", "no source is recorded at this address: cite it with a quote first, or leave this empty");
    sourceId = found.source.id;
  }
  return {
    toClaimId: numberOrText(value("toClaimId"))!,
    kind: value("kind") as "WALKS_BACK",
    relatedAt: orNull(value("relatedAt")),
    sourceId,
    note: orNull(value("note")),
    reason: optional(value("reason")),
  };
}
