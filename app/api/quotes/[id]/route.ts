import { mutationRoute, pathId, readRoute } from "@/lib/api/handle-route";
import { readRecord } from "@/lib/api/read-records";
import { db } from "@/lib/db/client";
import type { TUpdateQuote } from "@/lib/quotes/quote-schemas";
import { updateQuote } from "@/lib/quotes/update-quote";
import { apiMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

const patchHandler = mutationRoute<{ id: string }>(async ({ actor, params, body }) =>
  updateQuote(db(), actor, pathId(params.id), (await body()) as TUpdateQuote),
);

const getHandler = readRoute<{ id: string }>(async ({ actor, params }) => readRecord(db(), actor, "quote", params.id));

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler, PATCH: patchHandler });
