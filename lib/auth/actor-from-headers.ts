import "server-only";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { Actor } from "./actor";
import { actorFromApiToken } from "./api-tokens";
import type { Auth } from "./auth";
import { actorFromSession } from "./session";

/**
 * Who sent a request: `Authorization: Bearer <personal API token>` when present (a bad
 * token is refused, never downgraded to a reader), else the session cookie, else nobody.
 */
export async function actorFromHeaders(auth: Auth, db: Db, headers: Headers): Promise<Actor> {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new AppError("unauthenticated", "Send the API token as `Authorization: Bearer <token>`.");
    return actorFromApiToken(db, match[1]!);
  }
  return actorFromSession(auth, db, headers);
}
