import type { NextRequest } from "next/server";
import { apiError } from "@/lib/api/errors";
import { apiMethods } from "@/lib/api/methods";
import { parseEntitySearchParams } from "@/lib/search/entity-search-params";
import { searchEntities } from "@/lib/search/service";

export const dynamic = "force-dynamic";

async function getHandler(request: NextRequest) {
  const parsed = parseEntitySearchParams(request.nextUrl.searchParams);
  if (!parsed.ok) return apiError(400, "invalid_input", "Some entity search parameters are not valid.", parsed.fields);
  try {
    return Response.json({ query: parsed.query, ...(await searchEntities(parsed.query)) }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("entity search failed", error);
    return apiError(503, "search_unavailable", "Search is unavailable right now; please try again shortly.");
  }
}

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler });
