import "server-only";
import type { Db } from "../db/client";
import type { UserRole } from "../db/generated/enums";
import { AppError } from "../errors";
import { requireRole, type Actor } from "./actor";
import { ZCreateInvite, type TCreateInvite } from "./admin-schemas";
import { INVITE_TTL_SECONDS } from "./policy";
import { parseInput } from "../editing/validation";
import { digestToken, generateToken } from "./tokens";
import { createUserWithPassword, normalizeEmail } from "./users";

export interface InviteSummary {
  id: number;
  email: string;
  role: UserRole;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

const SUMMARY = { id: true, email: true, role: true, createdAt: true, expiresAt: true, usedAt: true, revokedAt: true } as const;

/**
 * An admin invites someone to become an editor or admin. Returns the token for the link,
 * this once: only its digest is stored. Inviting an address again leaves earlier invites
 * valid until they expire or are revoked.
 */
export async function createInvite(db: Db, actor: Actor, input: TCreateInvite): Promise<{ token: string; invite: InviteSummary }> {
  requireRole(actor, "ADMIN");
  const { role, ...given } = parseInput(ZCreateInvite, input);
  const email = normalizeEmail(given.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email))
    throw new AppError("invalid_input", "Enter an email address.", { email: "Enter an email address." });
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError("duplicate", "An account with this email already exists.", { email: "An account with this email already exists." });
  }
  const token = generateToken("");
  const invite = await db.invite.create({
    data: {
      email,
      role,
      tokenHash: digestToken(token),
      createdById: actor.userId,
      expiresAt: new Date(Date.now() + INVITE_TTL_SECONDS * 1000),
    },
    select: SUMMARY,
  });
  return { token, invite };
}

/** The latest invites, each with whether its link can still be used now. */
export async function listInvites(db: Db, actor: Actor): Promise<(InviteSummary & { open: boolean })[]> {
  requireRole(actor, "ADMIN");
  const invites = await db.invite.findMany({ select: SUMMARY, orderBy: { createdAt: "desc" }, take: 100 });
  const now = Date.now();
  return invites.map((invite) => ({ ...invite, open: !invite.usedAt && !invite.revokedAt && invite.expiresAt.getTime() > now }));
}

export async function revokeInvite(db: Db, actor: Actor, inviteId: number): Promise<void> {
  requireRole(actor, "ADMIN");
  await db.invite.updateMany({ where: { id: inviteId, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** The invite a link's token opens, if it can still be used. */
export async function findUsableInvite(db: Db, token: string): Promise<{ email: string; role: UserRole } | null> {
  return db.invite.findFirst({
    where: { tokenHash: digestToken(token), usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { email: true, role: true },
  });
}

/**
 * The invitee sets a password: the account is created and the invite spent in one
 * transaction. The conditional update is what makes the token single-use: of two
 * concurrent acceptances only one finds the invite still unused.
 */
export async function acceptInvite(
  db: Db,
  input: { token: string; displayName: string; password: string },
): Promise<{ userId: number; email: string }> {
  const displayName = input.displayName.trim();
  if (!displayName || displayName.length > 100)
    throw new AppError("invalid_input", "Enter your name (at most 100 characters).", { displayName: "Required, at most 100 characters." });
  return db
    .$transaction(async (tx) => {
      const invite = await tx.invite.findFirst({
        where: { tokenHash: digestToken(input.token), usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        select: { id: true, email: true, role: true },
      });
      if (!invite)
        throw new AppError("not_found", "This invite link is not valid: it was used, revoked, or it expired. Ask an admin for a new one.");
      if (await tx.user.findUnique({ where: { email: invite.email }, select: { id: true } })) {
        throw new AppError("duplicate", "An account with this email already exists.");
      }
      const user = await createUserWithPassword(tx, { email: invite.email, displayName, role: invite.role, password: input.password });
      const { count } = await tx.invite.updateMany({
        where: { id: invite.id, usedAt: null },
        data: { usedAt: new Date(), userId: user.id },
      });
      if (count !== 1) throw new AppError("conflict", "This invite link has just been used.");
      return { userId: user.id, email: invite.email };
    })
    .catch((error: unknown) => {
      // A concurrent acceptance created the account first: the unique email refused this one.
      if ((error as { code?: string }).code === "P2002") throw new AppError("conflict", "This invite link has just been used.");
      throw error;
    });
}
