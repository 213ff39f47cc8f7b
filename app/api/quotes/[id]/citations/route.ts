import { mutationRoute, pathId } from "@/lib/api/handle-route";
import type { TAddCitation } from "@/lib/citations/citation-schemas";
import { db } from "@/lib/db/client";
import { addCitationToQuote } from "@/lib/quotes/add-citation-to-quote";

export const dynamic = "force-dynamic";

export const POST = mutationRoute<{ id: string }>(
  async ({ actor, params, body }) => addCitationToQuote(db(), actor, pathId(params.id), (await body()) as TAddCitation),
  { creates: true },
);
