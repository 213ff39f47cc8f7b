import { readRoute } from "@/lib/api/handle-route";
import { apiMethods } from "@/lib/api/methods";
import { listRecords } from "@/lib/api/read-records";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

const getHandler = readRoute(async ({ actor, request }) => listRecords(db(), actor, "citation", new URL(request.url).searchParams));

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: getHandler });
