import { mutationRoute, pathId } from "@/lib/api/handle-route";
import { db } from "@/lib/db/client";
import type { TUpdateQuote } from "@/lib/quotes/quote-schemas";
import { updateQuote } from "@/lib/quotes/update-quote";

export const dynamic = "force-dynamic";

export const PATCH = mutationRoute<{ id: string }>(async ({ actor, params, body }) => updateQuote(db(), actor, pathId(params.id), (await body()) as TUpdateQuote));
