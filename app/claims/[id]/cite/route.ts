import type { NextRequest } from "next/server";
import { z } from "zod";
import { apiError } from "@/lib/api/errors";
import { fieldMessages } from "@/lib/editing/validation";
import { EXPORT_FORMATS, exportCitation } from "@/lib/citations/format-citation";
import { claimCslItem, findCitableClaim } from "@/lib/claims/claim-page-citation";
import { claimJsonLdDocument } from "@/lib/claims/claim-json-ld-document";
import { publicOrigin } from "@/lib/http/public-origin";
import { db } from "@/lib/db/client";
import { claimIdFromSegment } from "@/lib/routes";

export const dynamic = "force-dynamic";

const FORMATS = [...(Object.keys(EXPORT_FORMATS) as (keyof typeof EXPORT_FORMATS)[]), "json-ld"] as const;
const CiteQuery = z.object({
  format: z.enum(FORMATS, { error: `format must be one of: ${FORMATS.join(", ")}` }),
  negotiated: z.literal("1").optional(),
});

/**
 * GET /claims/<id>-<slug>/cite?format=biblatex|bibtex|ris|csl-json|json-ld: the claim's
 * citation as a file. The permalink itself answers the same when asked by Accept (proxy.ts
 * rewrites here with negotiated=1): then it is shown inline and varies with Accept.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const search = request.nextUrl.searchParams;
  const query = CiteQuery.safeParse({ format: search.get("format") ?? undefined, negotiated: search.get("negotiated") ?? undefined });
  if (!query.success) return apiError(400, "invalid_input", "The citation format is not valid.", fieldMessages(query.error));

  const { format, negotiated } = query.data;
  const id = claimIdFromSegment((await params).id);
  const origin = publicOrigin(request.headers);
  const file = (body: string, contentType: string, filename: string) => {
    const headers = new Headers({ "Content-Type": contentType, "Cache-Control": "no-store" });
    if (negotiated) headers.set("Vary", "Accept");
    else headers.set("Content-Disposition", `attachment; filename="${filename}"`);
    return new Response(body, { headers });
  };
  if (format === "json-ld") {
    const document = id === null ? null : await claimJsonLdDocument(db(), id, origin);
    if (!document) return apiError(404, "not_found", "There is no published claim with this id.");
    return file(document, "application/ld+json; charset=utf-8", `claimtrail-${id}.jsonld`);
  }

  const claim = id === null ? null : await findCitableClaim(db(), id);
  if (!claim) return apiError(404, "not_found", "There is no published claim with this id.");
  const item = claimCslItem(claim, origin);
  if (!item) return apiError(404, "no_source", "This claim cites no source yet, so there is nothing to cite it by.");

  const { contentType, extension } = EXPORT_FORMATS[format];
  return file(exportCitation(item, format), contentType, `claimtrail-${claim.id}-${claim.slug}.${extension}`);
}
