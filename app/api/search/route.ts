import type { NextRequest } from "next/server";
import { apiError } from "@/lib/api/errors";
import { readerLanguages } from "@/lib/domain/reader-language";
import { parseSearchParams } from "@/lib/search/search-params";
import { searchAnswerJson } from "@/lib/search/service";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

async function getHandler(request: NextRequest) {
  const parsed = parseSearchParams(request.nextUrl.searchParams);
  if (!parsed.ok) return apiError(400, "invalid_input", "Some search parameters are not valid.", parsed.fields);
  try {
    const languages = readerLanguages(request.headers.get("accept-language"));
    const body = await searchAnswerJson(parsed.query, languages, parsed.suggest);
    // The statement shown with each hit is in the reader's language.
    return new Response(body, { headers: { "Content-Type": "application/json", "Cache-Control": "no-store", Vary: "Accept-Language" } });
  } catch (error) {
    console.error("search failed", error);
    return apiError(503, "search_unavailable", "Search is unavailable right now; please try again shortly.");
  }
}

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler });
