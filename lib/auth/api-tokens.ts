import "server-only";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { requireRole, type Actor } from "./actor";
import { logSecurityEvent } from "../log/security-log";
import { digestToken, generateToken } from "./tokens";
import { asRole } from "./roles";

/** Personal API tokens start with this, so that secret scanners and people can recognise them. */
const API_TOKEN_PREFIX = "ct_";

export interface ApiTokenSummary {
  id: number;
  userId: number;
  name: string;
  tokenPrefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const SUMMARY = { id: true, userId: true, name: true, tokenPrefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

/** Admins create tokens for any account. The token is returned this once; only its digest is kept. */
export async function createApiToken(
  db: Db,
  actor: Actor,
  input: { userId: number; name: string },
): Promise<{ token: string; record: ApiTokenSummary }> {
  requireRole(actor, "ADMIN");
  const name = input.name.trim();
  if (!name || name.length > 100)
    throw new AppError("invalid_input", "Give the token a name (at most 100 characters).", { name: "Required, at most 100 characters." });
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true } });
  if (!user) throw new AppError("not_found", "No such account.");
  const token = generateToken(API_TOKEN_PREFIX);
  const record = await db.apiToken.create({
    data: {
      userId: user.id,
      name,
      tokenHash: digestToken(token),
      tokenPrefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
      createdById: actor.userId,
    },
    select: SUMMARY,
  });
  logSecurityEvent("api_token.created", { by: actor.userId, userId: user.id, tokenId: record.id, name });
  return { token, record };
}

export async function revokeApiToken(db: Db, actor: Actor, tokenId: number): Promise<void> {
  requireRole(actor, "ADMIN");
  const { count } = await db.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0 && !(await db.apiToken.findUnique({ where: { id: tokenId }, select: { id: true } }))) {
    throw new AppError("not_found", "No such API token.");
  }
  if (count > 0) logSecurityEvent("api_token.revoked", { by: actor.userId, tokenId });
}

export async function listApiTokens(db: Db, actor: Actor): Promise<ApiTokenSummary[]> {
  requireRole(actor, "ADMIN");
  return db.apiToken.findMany({ select: SUMMARY, orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }] });
}

/**
 * The actor an `Authorization: Bearer` token stands for, with its account's current role.
 * An unknown or revoked token is refused outright, not treated as a reader: a client that
 * sends a token expects to act with it.
 */
export async function actorFromApiToken(db: Db, token: string): Promise<NonNullable<Actor>> {
  const found = token.startsWith(API_TOKEN_PREFIX)
    ? await db.apiToken.findUnique({
        where: { tokenHash: digestToken(token) },
        select: { id: true, revokedAt: true, user: { select: { id: true, role: true, disabledAt: true } } },
      })
    : null;
  if (!found || found.revokedAt || found.user.disabledAt) throw new AppError("unauthenticated", "This API token is not valid.");
  await db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  return { userId: found.user.id, role: asRole(found.user.role) };
}
