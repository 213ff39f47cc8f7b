import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "../db/client";

const COOKIE_SECRET = "session-cookie";

/**
 * The secret that signs session cookies when CLAIMTRAIL_AUTH_SECRET is not set: generated
 * once, kept in the database, so that every process and every restart agree on it and a
 * fresh install needs no configuration. The first writer wins a race.
 */
export async function loadAuthSecret(db: Db): Promise<string> {
  await db.authSecret.createMany({
    data: [{ name: COOKIE_SECRET, value: randomBytes(32).toString("base64url") }],
    skipDuplicates: true,
  });
  const row = await db.authSecret.findUniqueOrThrow({ where: { name: COOKIE_SECRET } });
  return row.value;
}
