import { db } from "@/lib/db/client";
import { getIndexLag } from "@/lib/search/index-lag";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const lag = await getIndexLag(db());
    return Response.json({ status: "ok", database: "ok", search: { lag } });
  } catch {
    return Response.json({ status: "error", database: "unreachable" }, { status: 503 });
  }
}
