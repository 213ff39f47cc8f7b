import "server-only";
import { headers } from "next/headers";
import { db } from "../db/client";
import type { Actor } from "./actor";
import { actorFromHeaders } from "./actor-from-headers";
import { getAuth } from "./auth";

/** For route handlers: the API token or session of the request, or null for a reader. */
export async function actorFromRequest(request: Request): Promise<Actor> {
  return actorFromHeaders(await getAuth(), db(), request.headers);
}

/** For server components and server actions. */
export async function currentActor(): Promise<Actor> {
  return actorFromHeaders(await getAuth(), db(), await headers());
}
