import { z } from "zod";
import { SourceRelationKind, SourceType } from "../db/generated/enums";
import {
  zCleanString,
  zCreateReason,
  zDay,
  zEdit,
  ZEntityRef,
  zId,
  zLang,
  zLine,
  zOptionalLine,
  zOptionalText,
  zPartialDate,
} from "../editing/schema-parts";
import { normalizeSourceUrl } from "./normalize-url";

// A source's bibliographic record (CSL-JSON's fields), the ways a citation names its source,
// and the relations between sources. Addresses are normalised while parsing, so every
// caller stores and compares the same form.

/** What normalizeSourceUrl accepts, as a JSON Schema pattern: http(s), a host, no user name or password. */
const URL_PATTERN = String.raw`^\s*[hH][tT][tT][pP][sS]?://[^\s\p{Cc}\p{Cs}\ufffd/?#@\\]+(?:[/?#\\][^\s\p{Cc}\p{Cs}\ufffd]*)?\s*$`;

/** An http(s) address, normalised (lib/sources/normalize-url.ts). */
const zSourceUrl = zCleanString("must be a web address")
  .max(2_000, "must be at most 2000 characters")
  .meta({ pattern: URL_PATTERN, examples: ["https://www.bloomberg.com/news/articles/2025-11-09/nvidia-huang"] })
  .transform((value, ctx) => {
    const result = normalizeSourceUrl(value);
    // An address with a space inside is a typo, though the URL parser would encode it.
    if (result.ok && /\s/.test(value.trim())) ctx.addIssue({ code: "custom", message: "must not contain spaces" });
    else if (result.ok) return result.url;
    else ctx.addIssue({ code: "custom", message: result.message });
    return z.NEVER;
  });

/** An archive's address, kept as written once it passes the same checks as a source's. */
const zHttpUrl = zCleanString("must be a web address")
  .max(2_000, "must be at most 2000 characters")
  .regex(/^https?:\/\/\S+$/i, "must be an http or https address")
  .superRefine((value, ctx) => {
    const result = normalizeSourceUrl(value);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.message });
  })
  .meta({ pattern: URL_PATTERN, examples: ["https://web.archive.org/web/20251110/https://www.guancha.cn/"] });

const ZCslName = z.union([z.strictObject({ family: zLine(200), given: zLine(200).optional() }), z.strictObject({ literal: zLine(300) })], {
  error: "must be { family, given } for a person or { literal } for an organisation",
});

export const ZSourceFields = z.strictObject({
  type: z.enum(SourceType, { error: `must be one of ${Object.values(SourceType).join(", ")}` }),
  title: zLine(1_000),
  containerTitle: zOptionalLine(500).meta({ description: "The newspaper, podcast or blog the item appeared in." }),
  publisher: ZEntityRef.nullable().optional(),
  authors: z.array(ZCslName).max(100, "takes at most 100 authors").default([]),
  issued: zPartialDate.nullable().optional().meta({ description: "YYYY, YYYY-MM or YYYY-MM-DD: as precise as it is known." }),
  url: zSourceUrl.nullable().optional(),
  accessed: zDay.nullable().optional(),
  archiveUrl: zHttpUrl.nullable().optional(),
  archivedAt: zDay.nullable().optional(),
  lang: zLang,
  doi: zCleanString("must be a DOI")
    .regex(/^10\.[0-9]{4,9}\/\S+$/, "must be a DOI such as 10.1000/xyz123")
    .meta({ examples: ["10.1000/xyz123"] })
    .nullable()
    .optional(),
});
export type TSourceFields = z.output<typeof ZSourceFields>;

export const ZCreateSource = ZSourceFields.extend({ reason: zCreateReason }).meta({ id: "CreateSource" });
export type TCreateSource = z.input<typeof ZCreateSource>;

export const ZUpdateSource = z
  .strictObject({
    ...zEdit,
    ...ZSourceFields.partial().shape,
    // Spelled out: a partial default would reset the authors of every edit that leaves them out.
    authors: z.array(ZCslName).max(100, "takes at most 100 authors").optional(),
  })
  .meta({ id: "UpdateSource" });
export type TUpdateSource = z.input<typeof ZUpdateSource>;

/**
 * How a citation names its source: an existing one by id; or by address, reusing the
 * source already recorded at that (normalised) address; or a new one from its fields.
 */
export const ZSourceRef = z
  .strictObject({
    id: zId.optional(),
    url: zSourceUrl.optional(),
    create: ZSourceFields.optional(),
  })
  .superRefine((ref, ctx) => {
    if (ref.id !== undefined && (ref.url !== undefined || ref.create !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["id"], message: "give an existing source's id, or its address and fields, not both" });
    } else if (ref.id === undefined && ref.url === undefined && ref.create === undefined) {
      ctx.addIssue({ code: "custom", message: "give the source's id, its address, or its fields" });
    }
  })
  .meta({
    id: "SourceRef",
    oneOf: [{ required: ["id"] }, { anyOf: [{ required: ["url"] }, { required: ["create"] }] }],
    examples: [{ id: 1 }],
  });
export type TSourceRef = z.output<typeof ZSourceRef>;

export const ZLinkSources = z
  .strictObject({
    toSourceId: zId,
    kind: z.enum(SourceRelationKind, { error: `must be one of ${Object.values(SourceRelationKind).join(", ")}` }),
    note: zOptionalText(2_000),
    reason: zCreateReason,
  })
  .meta({ id: "LinkSources", description: "This source (from) republishes / translates / quotes / is derived from toSourceId." });
export type TLinkSources = z.input<typeof ZLinkSources>;
