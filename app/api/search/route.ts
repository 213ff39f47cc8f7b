import type { NextRequest } from "next/server";
import { apiError } from "@/lib/api/errors";
import { parseSearchParams } from "@/lib/search/search-params";
import { searchClaims } from "@/lib/search/service";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

async function getHandler(request: NextRequest) {
  const parsed = parseSearchParams(request.nextUrl.searchParams);
  if (!parsed.ok) return apiError(400, "invalid_input", "Some search parameters are not valid.", parsed.fields);
  try {
    const { engine, tookMs, ...result } = await searchClaims(parsed.query);
    return Response.json({ engine, query: parsed.query, ...result, tookMs }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("search failed", error);
    return apiError(503, "search_unavailable", "Search is unavailable right now; please try again shortly.");
  }
}

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler });
