import { mutationRoute } from "@/lib/api/handle-route";
import { db } from "@/lib/db/client";
import { createSourcedQuote } from "@/lib/quotes/create-sourced-quote";
import type { TCreateSourcedQuote } from "@/lib/quotes/quote-schemas";

export const dynamic = "force-dynamic";

export const POST = mutationRoute(async ({ actor, body }) => createSourcedQuote(db(), actor, (await body()) as TCreateSourcedQuote), { creates: true });
