import { mutationRoute, readRoute } from "@/lib/api/handle-route";
import { listRecords } from "@/lib/api/read-records";
import { db } from "@/lib/db/client";
import { createSourcedQuote } from "@/lib/quotes/create-sourced-quote";
import type { TCreateSourcedQuote } from "@/lib/quotes/quote-schemas";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const postHandler = mutationRoute(async ({ actor, body }) => createSourcedQuote(db(), actor, (await body()) as TCreateSourcedQuote), {
  creates: true,
});

const getHandler = readRoute(async ({ actor, request }) => listRecords(db(), actor, "quote", new URL(request.url).searchParams));

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler, POST: postHandler });
