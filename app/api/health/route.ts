import { db } from "@/lib/db/client";
import { RETRY_AFTER_SECONDS, withinDatabaseWait } from "@/lib/db/unavailable";
import { getIndexLag } from "@/lib/search/index-lag";
import { searchEngine } from "@/lib/search/service";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

/** Health answers within this, however the database fails (frozen, refusing, slow). */
const HEALTH_DATABASE_WAIT_MS = 3_000;

async function getHandler() {
  // The engine's check has its own short deadline, so a hung engine cannot hold this answer.
  const engine = searchEngine();
  const health = engine.checkHealth();
  try {
    const lag = await withinDatabaseWait(getIndexLag(db()), HEALTH_DATABASE_WAIT_MS);
    const search = await health;
    if (search.status !== "ok") console.error(`[health] ${engine.name} search engine unavailable: ${search.reason}`);
    return Response.json(
      { status: search.status === "ok" ? "ok" : "degraded", database: "ok", search: { engine: engine.name, status: search.status, lag } },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    return Response.json(
      { status: "error", database: "unreachable" },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  }
}

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler });
