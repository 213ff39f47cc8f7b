import type { NextRequest } from "next/server";
import { z } from "zod";
import { apiError, fieldErrors } from "@/lib/api/errors";
import { EXPORT_FORMATS, exportCitation } from "@/lib/citations/format-citation";
import { claimCslItem, findCitableClaim } from "@/lib/claims/claim-page-citation";
import { publicOrigin } from "@/lib/http/public-origin";
import { db } from "@/lib/db/client";
import { claimIdFromSegment } from "@/lib/routes";

export const dynamic = "force-dynamic";

const FORMATS = Object.keys(EXPORT_FORMATS) as [keyof typeof EXPORT_FORMATS, ...(keyof typeof EXPORT_FORMATS)[]];
const CiteQuery = z.object({ format: z.enum(FORMATS, { error: `format must be one of: ${FORMATS.join(", ")}` }) });

/** GET /claims/<id>-<slug>/cite?format=bibtex|ris|csl-json: the claim's citation as a file. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const query = CiteQuery.safeParse({ format: request.nextUrl.searchParams.get("format") ?? undefined });
  if (!query.success) return apiError(400, "invalid_input", "The citation format is not valid.", fieldErrors(query.error));

  const id = claimIdFromSegment((await params).id);
  const claim = id === null ? null : await findCitableClaim(db(), id);
  if (!claim) return apiError(404, "not_found", "There is no published claim with this id.");
  const item = claimCslItem(claim, publicOrigin(request.headers));
  if (!item) return apiError(404, "no_source", "This claim cites no source yet, so there is nothing to cite it by.");

  const { format } = query.data;
  const { contentType, extension } = EXPORT_FORMATS[format];
  return new Response(exportCitation(item, format), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="claimtrail-${claim.id}-${claim.slug}.${extension}"`,
      "Cache-Control": "no-store",
    },
  });
}
