import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { db as processDb, type Db } from "../db/client";
import { readEnv } from "../env";
import { clientAddress } from "./client-address";
import { hashPassword, verifyPassword } from "./password";
import { COOKIE_PREFIX, PASSWORD_POLICY, SESSION_POLICY } from "./policy";
import { logSecurityEvent } from "../log/security-log";
import { loadAuthSecret } from "./secret";
import { validatePassword } from "./users";
import { clearSignInFailures, findSignInLock, recordSignInFailure, throttledMessage } from "./throttle";

export interface AuthSettings {
  secret: string;
  /** The public origin (CLAIMTRAIL_BASE_URL); unset, Better Auth takes it from each request. */
  baseUrl?: string;
}

/** The sign-in route, the one whose failures are counted. */
const SIGN_IN_ENDPOINT = "/sign-in/email";

/** Where an account sets a new password (`newPassword` in the body). */
const NEW_PASSWORD_ENDPOINTS = new Set(["/change-password", "/reset-password", "/set-password"]);

/** The code of the refusal a breached or common new password gets. */
export const COMMON_PASSWORD_CODE = "PASSWORD_COMMON";

/** The code of the refusal a locked email or address gets. */
export const SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";

/**
 * Better Auth configured for Claimtrail: email and password only, no public sign-up (accounts
 * come from invites and the first-admin bootstrap), sessions in Postgres, argon2id hashes,
 * numeric ids in our own tables. Every choice is explained in docs/decisions/auth.md.
 */
export function createAuth(db: Db, settings: AuthSettings) {
  return betterAuth({
    appName: "Claimtrail",
    secret: settings.secret,
    baseURL: settings.baseUrl,
    basePath: "/api/auth",
    telemetry: { enabled: false },
    logger: { level: "error" },
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_POLICY.minLength,
      maxPasswordLength: PASSWORD_POLICY.maxLength,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    user: {
      fields: { name: "displayName" },
      additionalFields: {
        // Never input: neither sign-in nor /update-user may set a role; admins change it in lib/auth/users.ts.
        role: { type: "string", required: false, defaultValue: "READER", input: false },
      },
    },
    session: {
      expiresIn: SESSION_POLICY.idleSeconds,
      updateAge: SESSION_POLICY.refreshSeconds,
      freshAge: SESSION_POLICY.freshSeconds,
      // Every request reads the session row, so a revoked session stops at once.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      // Sign-in failures have their own, stricter throttle (throttle.ts); this only caps bursts.
      customRules: { [SIGN_IN_ENDPOINT]: { window: 60, max: 30 } },
    },
    advanced: {
      database: { generateId: "serial" },
      cookiePrefix: COOKIE_PREFIX,
      useSecureCookies: settings.baseUrl ? settings.baseUrl.startsWith("https:") : process.env.NODE_ENV === "production",
      // proxy.ts leaves exactly one trustworthy address in x-forwarded-for (client-address.ts).
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    },
    databaseHooks: {
      session: {
        create: {
          // After the password matched: a disabled account is told what a wrong password is told.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: Number(session.userId) }, select: { disabledAt: true } });
            if (!user || user.disabledAt)
              throw new APIError("UNAUTHORIZED", { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" });
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (NEW_PASSWORD_ENDPOINTS.has(ctx.path)) refuseWeakNewPassword(ctx.body);
        if (ctx.path !== SIGN_IN_ENDPOINT) return;
        const [email, address] = [emailOf(ctx.body), clientAddress(requestHeaders(ctx))];
        const lock = await findSignInLock(db, email, address);
        if (lock) {
          logSecurityEvent("sign_in.throttled", { email, address, scope: lock.scope, retryAfterSeconds: lock.retryAfterSeconds });
          throw new APIError(
            "TOO_MANY_REQUESTS",
            { code: SIGN_IN_THROTTLED, message: throttledMessage(lock), retryAfterSeconds: lock.retryAfterSeconds },
            { "Retry-After": String(lock.retryAfterSeconds) },
          );
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_ENDPOINT) return;
        const returned = ctx.context.returned;
        const [email, address] = [emailOf(ctx.body), clientAddress(requestHeaders(ctx))];
        if (!isAPIError(returned)) {
          logSecurityEvent("sign_in.succeeded", { email, address, userId: Number(ctx.context.newSession?.user.id) });
          await clearSignInFailures(db, email);
          // A fresh sign-in ends the session the request came with, so an old cookie never outlives it.
          const presented = await ctx.getSignedCookie(ctx.context.authCookies.sessionToken.name, ctx.context.secret);
          if (presented && presented !== ctx.context.newSession?.session.token)
            await db.session.deleteMany({ where: { token: presented } });
        } else if (returned.statusCode === 401) {
          logSecurityEvent("sign_in.failed", { email, address });
          await recordSignInFailure(db, email, address);
        }
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

function refuseWeakNewPassword(body: unknown): void {
  const newPassword = (body as { newPassword?: unknown } | undefined)?.newPassword;
  const problem = typeof newPassword === "string" ? validatePassword(newPassword) : null;
  if (problem) throw new APIError("BAD_REQUEST", { code: COMMON_PASSWORD_CODE, message: problem });
}

function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email : "";
}

function requestHeaders(ctx: { request?: Request; headers?: Headers }): Headers {
  return ctx.request?.headers ?? ctx.headers ?? new Headers();
}

// One instance per process, kept on globalThis like the Prisma client.
const holder = globalThis as unknown as { claimtrailAuth?: Promise<Auth> };

/** The process-wide Better Auth instance on the app's database. */
export function getAuth(): Promise<Auth> {
  holder.claimtrailAuth ??= (async () => {
    const env = readEnv();
    const db = processDb();
    const secret = env.CLAIMTRAIL_AUTH_SECRET ?? (await loadAuthSecret(db));
    return createAuth(db, { secret, baseUrl: env.CLAIMTRAIL_BASE_URL });
  })().catch((error: unknown) => {
    holder.claimtrailAuth = undefined;
    throw error;
  });
  return holder.claimtrailAuth;
}
