import { mutationRoute, pathId } from "@/lib/api/handle-route";
import type { TAddCitation } from "@/lib/citations/citation-schemas";
import { db } from "@/lib/db/client";
import { addCitationToQuote } from "@/lib/quotes/add-citation-to-quote";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const postHandler = mutationRoute<{ id: string }>(
  async ({ actor, params, body }) => addCitationToQuote(db(), actor, pathId(params.id), (await body()) as TAddCitation),
  { creates: true },
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ POST: postHandler });
