import { db } from "@/lib/db/client";
import { getIndexLag } from "@/lib/search/index-lag";
import { searchEngine } from "@/lib/search/service";

export const dynamic = "force-dynamic";

export async function GET() {
  // The engine's check has its own short deadline, so a hung engine cannot hold this answer.
  const engine = searchEngine();
  const health = engine.checkHealth();
  try {
    const lag = await getIndexLag(db());
    const search = await health;
    if (search.status !== "ok") console.error(`[health] ${engine.name} search engine unavailable: ${search.reason}`);
    return Response.json({
      status: search.status === "ok" ? "ok" : "degraded",
      database: "ok",
      search: { engine: engine.name, status: search.status, lag },
    });
  } catch {
    return Response.json({ status: "error", database: "unreachable" }, { status: 503 });
  }
}
